import Foundation

/// Turns the command-line tokens given for one parameter into a request value, as awscli's
/// `argprocess.py` does: `file://` contents first, then shorthand for complex shapes unless the
/// value looks like JSON, JSON for structures, maps and lists, and Python's `int()`/`float()`
/// for numbers, with the CLI's error texts.
enum ArgumentUnpacker {
    static func unpack(_ tokens: [String], member: ShapeMember, cliName: String, files: LocalFiles) throws(CLIFailure) -> AWSValue {
        if case .blob(streaming: true) = member.shape {
            return try streamingBody(tokens[0], cliName: cliName, files: files)
        }
        var values = tokens.map { AWSValue.string($0) }
        if values.count == 1 {
            do {
                if let loaded = try files.load(tokens[0]) { values = [loaded] }
            } catch {
                throw .parsing(cliName, error.description)
            }
        }
        if case .blob = values[0], values.count == 1 {
            if case .blob = member.shape { return values[0] }
            if member.shape.isScalar { return values[0] }
        }
        let texts = values.map { value -> String in
            if case .blob(let data) = value { return String(decoding: data, as: UTF8.self) }
            return value.stringValue ?? ""
        }
        do {
            if supportsShorthand(member.shape), !looksLikeJSON(texts[0]) {
                return try shorthand(texts, shape: member.shape, files: files)
            }
            return try plain(texts, shape: member.shape, cliName: cliName)
        } catch let error as CLIFailure {
            throw error
        } catch let error as ShorthandParser.ParseError {
            throw .parsing(cliName, error.description)
        } catch let error as LocalFiles.LoadError {
            throw .parsing(cliName, error.description)
        } catch {
            throw .parameter(String(describing: error))
        }
    }

    private static func streamingBody(_ path: String, cliName: String, files: LocalFiles) throws(CLIFailure) -> AWSValue {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: files.url(path).path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw .parsing(cliName, "Blob values must be a path to a file.")
        }
        do {
            return .blob(try files.read(path))
        } catch {
            throw .parameter(error.description)
        }
    }

    private static func supportsShorthand(_ shape: Shape) -> Bool {
        switch shape {
        case .structure, .map: return true
        case .list(let member): return !member.isScalar
        default: return false
        }
    }

    private static func looksLikeJSON(_ text: String) -> Bool {
        let trimmed = text.drop { $0.isWhitespace }
        return trimmed.hasPrefix("[") || trimmed.hasPrefix("{")
    }

    private static func shorthand(_ texts: [String], shape: Shape, files: LocalFiles) throws -> AWSValue {
        if case .list(let member) = shape {
            return .list(try texts.map { try ShorthandTypes.convert(try ShorthandParser.parse($0, files: files), shape: member) })
        }
        return try ShorthandTypes.convert(try ShorthandParser.parse(texts[0], files: files), shape: shape)
    }

    private static func plain(_ texts: [String], shape: Shape, cliName: String) throws -> AWSValue {
        switch shape {
        case .structure, .map:
            guard looksLikeJSON(texts[0]), texts[0].drop(while: \.isWhitespace).first == "{" else {
                throw CLIFailure.parsing(cliName, "Invalid JSON:\n\(texts[0])")
            }
            return try json(texts[0], cliName: cliName)
        case .list(let member):
            if texts.count == 1, texts[0].drop(while: \.isWhitespace).first == "[" {
                return try json(texts[0], cliName: cliName)
            }
            return .list(try texts.map { try plain([$0], shape: member, cliName: cliName) })
        case .integer, .long:
            return .integer(try PythonNumbers.int(texts[0]))
        case .double:
            return .double(try PythonNumbers.float(texts[0]))
        case .boolean:
            return .bool(texts[0].lowercased() != "false" && !texts[0].isEmpty)
        case .string, .timestamp, .blob:
            return .string(texts[0])
        }
    }

    private static func json(_ text: String, cliName: String) throws(CLIFailure) -> AWSValue {
        do {
            return try JSONReader.parse(text)
        } catch {
            throw .parsing(cliName, "Invalid JSON: \(error.description)\nJSON received: \(text)")
        }
    }
}
