/// A strict RFC 8259 reader that records positions. Any input — truncated, binary, deeply nested —
/// ends in either a value or `nil`; it never traps, and nesting is capped so hostile text cannot
/// exhaust the stack.
struct PolicyJSONParser {
    /// Deeper nesting than any real policy needs; beyond it the text is refused as a syntax error.
    static let maximumDepth = 64

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var column = 1

    private init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The document's single top-level value, or `nil` when the text is not exactly one JSON value.
    static func parse(_ text: String) -> PolicyJSON? {
        var parser = PolicyJSONParser(text)
        parser.skipWhitespace()
        guard let value = parser.parseValue(depth: 0) else { return nil }
        parser.skipWhitespace()
        return parser.index == parser.bytes.count ? value : nil
    }

    private var position: SourcePosition { SourcePosition(line: line, column: column) }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func advance() {
        guard index < bytes.count else { return }
        let byte = bytes[index]
        index += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0b1100_0000 != 0b1000_0000 {
            // Continuation bytes of a multi-byte character do not start a new column.
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
            advance()
        }
    }

    private mutating func consume(_ literal: String) -> Bool {
        let expected = Array(literal.utf8)
        guard index + expected.count <= bytes.count,
              Array(bytes[index..<index + expected.count]) == expected else { return false }
        for _ in expected { advance() }
        return true
    }

    private mutating func parseValue(depth: Int) -> PolicyJSON? {
        guard depth <= Self.maximumDepth, let byte = current else { return nil }
        let start = position
        let value: PolicyJSON.Value
        switch byte {
        case UInt8(ascii: "{"):
            guard let members = parseObject(depth: depth) else { return nil }
            value = .object(members)
        case UInt8(ascii: "["):
            guard let elements = parseArray(depth: depth) else { return nil }
            value = .array(elements)
        case UInt8(ascii: "\""):
            guard let text = parseString() else { return nil }
            value = .string(text)
        case UInt8(ascii: "t"):
            guard consume("true") else { return nil }
            value = .bool(true)
        case UInt8(ascii: "f"):
            guard consume("false") else { return nil }
            value = .bool(false)
        case UInt8(ascii: "n"):
            guard consume("null") else { return nil }
            value = .null
        default:
            guard let number = parseNumber() else { return nil }
            value = .number(number)
        }
        return PolicyJSON(value: value, start: start, end: position)
    }

    private mutating func parseObject(depth: Int) -> [(key: String, value: PolicyJSON)]? {
        advance()  // {
        skipWhitespace()
        var members: [(key: String, value: PolicyJSON)] = []
        if current == UInt8(ascii: "}") {
            advance()
            return members
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\""), let key = parseString() else { return nil }
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { return nil }
            advance()
            skipWhitespace()
            guard let value = parseValue(depth: depth + 1) else { return nil }
            members.append((key, value))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "}"):
                advance()
                return members
            default: return nil
            }
        }
    }

    private mutating func parseArray(depth: Int) -> [PolicyJSON]? {
        advance()  // [
        skipWhitespace()
        var elements: [PolicyJSON] = []
        if current == UInt8(ascii: "]") {
            advance()
            return elements
        }
        while true {
            skipWhitespace()
            guard let element = parseValue(depth: depth + 1) else { return nil }
            elements.append(element)
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "]"):
                advance()
                return elements
            default: return nil
            }
        }
    }

    private mutating func parseString() -> String? {
        advance()  // opening quote
        var scalars = String.UnicodeScalarView()
        var raw: [UInt8] = []
        func flushRaw() {
            scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
            raw.removeAll(keepingCapacity: true)
        }
        while let byte = current {
            switch byte {
            case UInt8(ascii: "\""):
                advance()
                flushRaw()
                return String(scalars)
            case UInt8(ascii: "\\"):
                advance()
                flushRaw()
                guard let scalar = parseEscape() else { return nil }
                scalars.append(scalar)
            case 0x00..<0x20:
                return nil
            default:
                raw.append(byte)
                advance()
            }
        }
        return nil
    }

    private mutating func parseEscape() -> Unicode.Scalar? {
        guard let byte = current else { return nil }
        advance()
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            guard let high = parseHexQuad() else { return nil }
            if (0xD800...0xDBFF).contains(high) {
                guard consume("\\u"), let low = parseHexQuad(), (0xDC00...0xDFFF).contains(low) else {
                    return nil
                }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            }
            return Unicode.Scalar(high)
        default:
            return nil
        }
    }

    private mutating func parseHexQuad() -> UInt32? {
        var result: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = Self.hexValue(byte) else { return nil }
            result = result << 4 | digit
            advance()
        }
        return result
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// `-? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?`, returned as written.
    private mutating func parseNumber() -> String? {
        let startIndex = index
        if current == UInt8(ascii: "-") { advance() }
        guard let first = current, Self.isDigit(first) else { return nil }
        advance()
        if first != UInt8(ascii: "0") {
            while let byte = current, Self.isDigit(byte) { advance() }
        }
        if current == UInt8(ascii: ".") {
            advance()
            guard consumeDigits() else { return nil }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            advance()
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
            guard consumeDigits() else { return nil }
        }
        return String(decoding: bytes[startIndex..<index], as: UTF8.self)
    }

    private mutating func consumeDigits() -> Bool {
        guard let byte = current, Self.isDigit(byte) else { return false }
        while let byte = current, Self.isDigit(byte) { advance() }
        return true
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
