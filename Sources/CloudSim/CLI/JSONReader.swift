import Foundation

/// Reads JSON parameter values the way the AWS CLI does (Python's `json.loads` with ordered
/// objects): member order is kept, integers stay integers, and a syntax error is reported in
/// Python's words (`Expecting ',' delimiter: line 1 column 9 (char 8)`), which the CLI shows.
public struct JSONReader {
    /// Where and why the text is not JSON, as Python's `json.JSONDecodeError` says it.
    public struct SyntaxError: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    private let scalars: [Unicode.Scalar]
    private var index = 0

    public static func parse(_ text: String) throws(SyntaxError) -> AWSValue {
        var reader = JSONReader(scalars: Array(text.unicodeScalars))
        reader.skipWhitespace()
        let value = try reader.value()
        reader.skipWhitespace()
        if reader.index < reader.scalars.count { throw reader.error("Extra data") }
        return value
    }

    private init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    private func error(_ message: String, at position: Int? = nil) -> SyntaxError {
        let at = position ?? index
        let before = scalars[..<min(at, scalars.count)]
        let line = before.filter { $0 == "\n" }.count + 1
        let column = at - (before.lastIndex(of: "\n").map { $0 + 1 } ?? 0) + 1
        return SyntaxError(description: "\(message): line \(line) column \(column) (char \(at))")
    }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func skipWhitespace() {
        while let c = current, c == " " || c == "\t" || c == "\n" || c == "\r" { index += 1 }
    }

    private mutating func value() throws(SyntaxError) -> AWSValue {
        guard let c = current else { throw error("Expecting value") }
        switch c {
        case "{": return try object()
        case "[": return try list()
        case "\"": return .string(try string())
        case "-", "0"..."9":
            if let number = number() { return number }
            if literal("-Infinity") { return .double(-.infinity) }
            throw error("Expecting value")
        default:
            if literal("true") { return .bool(true) }
            if literal("false") { return .bool(false) }
            if literal("null") { return .null }
            if literal("NaN") { return .double(.nan) }
            if literal("Infinity") { return .double(.infinity) }
            throw error("Expecting value")
        }
    }

    private mutating func literal(_ word: String) -> Bool {
        let word = Array(word.unicodeScalars)
        guard index + word.count <= scalars.count, Array(scalars[index..<index + word.count]) == word else { return false }
        index += word.count
        return true
    }

    private mutating func object() throws(SyntaxError) -> AWSValue {
        index += 1
        var members: [AWSValue.Member] = []
        skipWhitespace()
        if current == "}" { index += 1; return .object(members) }
        while true {
            guard current == "\"" else { throw error("Expecting property name enclosed in double quotes") }
            let name = try string()
            skipWhitespace()
            guard current == ":" else { throw error("Expecting ':' delimiter") }
            index += 1
            skipWhitespace()
            let member = try value()
            // Python keeps the last of repeated names, in the position of the first.
            if let existing = members.firstIndex(where: { $0.name == name }) {
                members[existing].value = member
            } else {
                members.append(AWSValue.Member(name, member))
            }
            skipWhitespace()
            if current == "}" { index += 1; return .object(members) }
            guard current == "," else { throw error("Expecting ',' delimiter") }
            index += 1
            skipWhitespace()
        }
    }

    private mutating func list() throws(SyntaxError) -> AWSValue {
        index += 1
        var items: [AWSValue] = []
        skipWhitespace()
        if current == "]" { index += 1; return .list(items) }
        while true {
            items.append(try value())
            skipWhitespace()
            if current == "]" { index += 1; return .list(items) }
            guard current == "," else { throw error("Expecting ',' delimiter") }
            index += 1
            skipWhitespace()
        }
    }

    private mutating func string() throws(SyntaxError) -> String {
        let start = index
        index += 1
        var out = String.UnicodeScalarView()
        while true {
            guard let c = current else { throw error("Unterminated string starting at", at: start) }
            index += 1
            switch c {
            case "\"":
                return String(out)
            case "\\":
                guard let escape = current else { throw error("Unterminated string starting at", at: start) }
                index += 1
                switch escape {
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "/": out.append("/")
                case "b": out.append("\u{08}")
                case "f": out.append("\u{0C}")
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                case "u": out.append(try unicodeEscape())
                default: throw error("Invalid \\escape", at: index - 2)
                }
            case _ where c.value < 0x20:
                throw error("Invalid control character at", at: index - 1)
            default:
                out.append(c)
            }
        }
    }

    private mutating func unicodeEscape() throws(SyntaxError) -> Unicode.Scalar {
        let first = try hexQuad()
        if (0xD800..<0xDC00).contains(first), current == "\\", index + 1 < scalars.count, scalars[index + 1] == "u" {
            let saved = index
            index += 2
            let second = try hexQuad()
            if (0xDC00..<0xE000).contains(second) {
                return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
            }
            index = saved
        }
        return Unicode.Scalar(first) ?? "\u{FFFD}"
    }

    private mutating func hexQuad() throws(SyntaxError) -> UInt32 {
        guard index + 4 <= scalars.count,
              let value = UInt32(String(String.UnicodeScalarView(scalars[index..<index + 4])), radix: 16) else {
            throw error("Invalid \\uXXXX escape", at: index - 1)
        }
        index += 4
        return value
    }

    private mutating func number() -> AWSValue? {
        let start = index
        if current == "-" { index += 1 }
        guard let first = current, ("0"..."9").contains(first) else { index = start; return nil }
        if first == "0" { index += 1 } else { while let d = current, ("0"..."9").contains(d) { index += 1 } }
        var isInteger = true
        if current == ".", index + 1 < scalars.count, ("0"..."9").contains(scalars[index + 1]) {
            isInteger = false
            index += 1
            while let d = current, ("0"..."9").contains(d) { index += 1 }
        }
        if let e = current, e == "e" || e == "E" {
            var probe = index + 1
            if probe < scalars.count, scalars[probe] == "+" || scalars[probe] == "-" { probe += 1 }
            if probe < scalars.count, ("0"..."9").contains(scalars[probe]) {
                isInteger = false
                index = probe
                while let d = current, ("0"..."9").contains(d) { index += 1 }
            }
        }
        let text = String(String.UnicodeScalarView(scalars[start..<index]))
        if isInteger, let integer = Int(text) { return .integer(integer) }
        return .double(Double(text) ?? 0)
    }
}
