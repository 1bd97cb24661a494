import Foundation

/// psql's client-side `\copy TABLE [(columns)] FROM 'file' [WITH] (FORMAT csv|text, DELIMITER 'c',
/// HEADER, NULL 'text')`: the client reads a local file and loads it into a table, all rows or
/// none. (Redshift's own COPY reads S3; this is the laptop's way in.) It lives in the engine so
/// that `lab sql`, the REPL and the engine's own benchmark tests load files the same way.
public struct ClientCopy: Sendable {
    public var table: String
    public var columns: [String]
    public var file: String
    public var csv = false
    public var delimiter: Character = "\t"
    public var header = false
    public var null: String = "\\N"

    /// Parses the text after `\copy`.
    public static func parse(_ text: String) -> Result<ClientCopy, ClientCopyError> {
        let pattern = #/^\s*(?<table>[A-Za-z_#][\w.#$]*)\s*(\((?<columns>[^)]*)\))?\s+from\s+'(?<file>[^']*)'\s*(?<options>.*)$/#
            .ignoresCase()
        guard let match = try? pattern.wholeMatch(in: text) else {
            return .failure(.syntax("\\copy: parse error at \"\(text.trimmingCharacters(in: .whitespaces))\""))
        }
        var copy = ClientCopy(table: String(match.table), columns: [], file: String(match.file))
        copy.columns = match.columns.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
        var words = Self.optionWords(String(match.options))[...]
        if words.first?.lowercased() == "with" { words = words.dropFirst() }
        while let word = words.popFirst()?.lowercased() {
            switch word {
            case "format":
                guard let format = words.popFirst()?.lowercased(), ["csv", "text"].contains(format) else {
                    return .failure(.syntax("\\copy: FORMAT must be csv or text"))
                }
                copy.csv = format == "csv"
                if copy.csv && copy.delimiter == "\t" { copy.delimiter = "," }
            case "csv":
                copy.csv = true
                if copy.delimiter == "\t" { copy.delimiter = "," }
            case "header":
                if let next = words.first?.lowercased(), ["true", "false", "on", "off"].contains(next) {
                    copy.header = ["true", "on"].contains(next)
                    words = words.dropFirst()
                } else {
                    copy.header = true
                }
            case "delimiter", "null":
                guard let quoted = words.popFirst(), quoted.count >= 2, quoted.hasPrefix("'"), quoted.hasSuffix("'") else {
                    return .failure(.syntax("\\copy: \(word.uppercased()) needs a quoted value"))
                }
                let value = String(quoted.dropFirst().dropLast())
                if word == "null" {
                    copy.null = value
                } else {
                    guard value.count == 1, let character = value.first else {
                        return .failure(.syntax("COPY delimiter must be a single one-byte character"))
                    }
                    copy.delimiter = character
                }
            default:
                return .failure(.syntax("\\copy: option \"\(word)\" not recognized"))
            }
        }
        if copy.csv && copy.null == "\\N" { copy.null = "" }
        return .success(copy)
    }

    /// The option list's words: quoted values kept whole (`','` stays a comma), commas and
    /// parentheses outside quotes separating words.
    static func optionWords(_ text: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quoted = false
        for c in text {
            if c == "'" {
                word.append(c)
                quoted.toggle()
            } else if !quoted && (c == " " || c == "," || c == "(" || c == ")") {
                if !word.isEmpty { words.append(word) }
                word = ""
            } else {
                word.append(c)
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// The command's text as `parse` reads it back, with every option spelled out; nil when the
    /// delimiter, NULL string or file name holds a quote or a line break, which a one-line
    /// command cannot carry.
    public var command: String? {
        let delimiterText = String(delimiter)
        guard ![delimiterText, null, file].contains(where: { $0.contains("'") || $0.contains(where: \.isNewline) }) else { return nil }
        let target = columns.isEmpty ? table : "\(table) (\(columns.joined(separator: ", ")))"
        return "\(target) from '\(file)' with (format \(csv ? "csv" : "text"), delimiter '\(delimiterText)', "
            + "null '\(null)'\(header ? ", header" : ""))"
    }
}

public enum ClientCopyError: Error, CustomStringConvertible {
    case syntax(String)
    public var description: String {
        switch self {
        case .syntax(let message): return message
        }
    }
}
