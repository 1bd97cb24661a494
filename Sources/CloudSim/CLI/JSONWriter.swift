import Foundation

/// Writes values as the AWS CLI prints them: Python's `json.dumps(value, indent=4,
/// ensure_ascii=False)`, so `", "`-free separators, four-space indentation, `{}` and `[]` for
/// empty containers, and non-ASCII text left as it is.
public enum JSONWriter {
    public static func write(_ value: AWSValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        return out
    }

    /// The compact single-line form (`json.dumps(value)`), used to store configurations.
    public static func compact(_ value: AWSValue) -> String {
        switch value {
        case .list(let items):
            return "[" + items.map(compact).joined(separator: ", ") + "]"
        case .object(let members):
            return "{" + members.map { quote($0.name) + ": " + compact($0.value) }.joined(separator: ", ") + "}"
        default:
            var out = ""
            write(value, indent: 0, into: &out)
            return out
        }
    }

    private static func write(_ value: AWSValue, indent: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .integer(let number): out += String(number)
        case .double(let number): out += pythonFloat(number)
        case .string(let text): out += quote(text)
        case .blob(let data): out += quote(String(decoding: data, as: UTF8.self))
        case .list(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += String(repeating: " ", count: indent + 4)
                write(item, indent: indent + 4, into: &out)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{\n"
            for (index, member) in members.enumerated() {
                out += String(repeating: " ", count: indent + 4) + quote(member.name) + ": "
                write(member.value, indent: indent + 4, into: &out)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    /// Python's float repr for the values services return (whole numbers keep a `.0`).
    private static func pythonFloat(_ number: Double) -> String {
        if number.isNaN { return "NaN" }
        if number.isInfinite { return number < 0 ? "-Infinity" : "Infinity" }
        if number == number.rounded(), abs(number) < 1e16 { return String(format: "%.1f", number) }
        return "\(number)"
    }

    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20:
                out += String(format: "\\u%04x", scalar.value)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
