import Foundation

/// Values written as Python writes them (`str()` of the parsed parameter), because the CLI's
/// validation messages quote values and their Python types (`value: maybe, type: <class 'str'>`).
enum PythonRepr {
    static func typeName(_ value: AWSValue) -> String {
        switch value {
        case .null: return "NoneType"
        case .bool: return "bool"
        case .integer: return "int"
        case .double: return "float"
        case .string: return "str"
        case .blob: return "bytes"
        case .list: return "list"
        case .object: return "dict"
        }
    }

    static func type(_ value: AWSValue) -> String { "<class '\(typeName(value))'>" }

    /// `str(value)`: strings bare, everything inside containers as `repr`.
    static func str(_ value: AWSValue) -> String {
        if case .string(let text) = value { return text }
        return repr(value)
    }

    static func repr(_ value: AWSValue) -> String {
        switch value {
        case .null: return "None"
        case .bool(let flag): return flag ? "True" : "False"
        case .integer(let number): return String(number)
        case .double(let number): return number == number.rounded() && abs(number) < 1e16 ? String(format: "%.1f", number) : "\(number)"
        case .string(let text): return string(text)
        case .blob(let data): return "b" + string(String(decoding: data, as: UTF8.self))
        case .list(let items): return "[" + items.map(repr).joined(separator: ", ") + "]"
        case .object(let members):
            return "{" + members.map { string($0.name) + ": " + repr($0.value) }.joined(separator: ", ") + "}"
        }
    }

    /// Python's string repr: single quotes unless the text holds a single quote and no double one.
    static func string(_ text: String) -> String {
        let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for c in text {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case quote: out += "\\" + String(quote)
            default: out.append(c)
            }
        }
        return out + String(quote)
    }
}
