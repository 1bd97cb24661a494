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

/// What awscli's `BackCompatVisitor` does after shorthand parsing: the model turns a single
/// value into a one-item list and converts numbers and `true`/`false`; everything else is left
/// for validation to judge.
enum ShorthandTypes {
    static func convert(_ value: AWSValue, shape: Shape) throws -> AWSValue {
        switch (shape, value) {
        case (.structure(let members), .object(let fields)):
            return .object(try fields.map { field in
                guard let member = members.first(where: { $0.name == field.name }) else { return field }
                return AWSValue.Member(field.name, try convert(field.value, shape: member.shape))
            })
        case (.list(let member), .list(let items)):
            return .list(try items.map { try convert($0, shape: member) })
        case (.list(let member), _):
            return .list([try convert(value, shape: member)])
        case (.map(let valueShape), .object(let fields)):
            return .object(try fields.map { AWSValue.Member($0.name, try convert($0.value, shape: valueShape)) })
        case (.integer, _), (.long, _):
            return .integer(try PythonNumbers.int(value))
        case (.double, _):
            return .double(try PythonNumbers.float(value))
        case (.boolean, .string(let text)):
            switch text.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return value
            }
        default:
            return value
        }
    }
}

/// Python's `int()` and `float()` on CLI text, failing with Python's messages, which the CLI
/// prints as they are (`invalid literal for int() with base 10: 'abc'`).
enum PythonNumbers {
    struct ValueError: Error, CustomStringConvertible {
        let description: String
    }

    static func int(_ value: AWSValue) throws -> Int {
        guard case .string(let text) = value else {
            throw ValueError(description: "int() argument must be a string, a bytes-like object or a real number, "
                + "not '\(PythonRepr.typeName(value))'")
        }
        return try int(text)
    }

    static func int(_ text: String) throws -> Int {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let digits = trimmed.hasPrefix("+") ? String(trimmed.dropFirst()) : trimmed
        guard let number = Int(digits) else {
            throw ValueError(description: "invalid literal for int() with base 10: \(PythonRepr.string(text))")
        }
        return number
    }

    static func float(_ value: AWSValue) throws -> Double {
        guard case .string(let text) = value else {
            throw ValueError(description: "float() argument must be a string or a real number, "
                + "not '\(PythonRepr.typeName(value))'")
        }
        return try float(text)
    }

    static func float(_ text: String) throws -> Double {
        guard let number = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw ValueError(description: "could not convert string to float: \(PythonRepr.string(text))")
        }
        return number
    }
}
