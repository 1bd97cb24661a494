/// A JSON value parsed from load input, keeping where each value was written: numbers load
/// as their text, and objects or arrays inside a record load as their JSON text.
struct JSONNode {
    indirect enum Kind {
        case object([(key: String, value: JSONNode)])
        case array([JSONNode])
        case string([UInt8])
        case number
        case boolean(Bool)
        case null
    }

    var kind: Kind
    var raw: Range<Int>
}

/// A strict JSON parser over bytes (RFC 8259), with a depth limit so hostile input cannot
/// exhaust the stack.
struct JSONParser {
    struct Failure: Error {
        var message: String
        var position: Int
        /// A JSONPaths expression found no array element (the text was fine).
        var isPathError = false
    }

    let bytes: [UInt8]
    var position: Int
    /// Newlines passed, for the line numbers STL_LOAD_ERRORS reports.
    var newlines = 0
    private static let maxDepth = 512

    init(_ bytes: [UInt8], position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x0A: newlines += 1
            case 0x20, 0x09, 0x0D: break
            default: return
            }
            position += 1
        }
    }

    mutating func parseValue(depth: Int = 0) throws(Failure) -> JSONNode {
        guard depth < Self.maxDepth else { throw fail("nesting too deep") }
        skipWhitespace()
        guard position < bytes.count else { throw fail("unexpected end of input") }
        let start = position
        switch bytes[position] {
        case UInt8(ascii: "{"):
            position += 1
            var members: [(key: String, value: JSONNode)] = []
            skipWhitespace()
            if peek(UInt8(ascii: "}")) { return JSONNode(kind: .object(members), raw: start..<position) }
            while true {
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw fail("expected a string key") }
                let key = String(decoding: try parseString(), as: UTF8.self)
                skipWhitespace()
                guard peek(UInt8(ascii: ":")) else { throw fail("expected ':'") }
                members.append((key, try parseValue(depth: depth + 1)))
                skipWhitespace()
                if peek(UInt8(ascii: ",")) { continue }
                guard peek(UInt8(ascii: "}")) else { throw fail("expected ',' or '}'") }
                return JSONNode(kind: .object(members), raw: start..<position)
            }
        case UInt8(ascii: "["):
            position += 1
            var elements: [JSONNode] = []
            skipWhitespace()
            if peek(UInt8(ascii: "]")) { return JSONNode(kind: .array(elements), raw: start..<position) }
            while true {
                elements.append(try parseValue(depth: depth + 1))
                skipWhitespace()
                if peek(UInt8(ascii: ",")) { continue }
                guard peek(UInt8(ascii: "]")) else { throw fail("expected ',' or ']'") }
                return JSONNode(kind: .array(elements), raw: start..<position)
            }
        case UInt8(ascii: "\""):
            let text = try parseString()
            return JSONNode(kind: .string(text), raw: start..<position)
        case UInt8(ascii: "t"): try literal("true"); return JSONNode(kind: .boolean(true), raw: start..<position)
        case UInt8(ascii: "f"): try literal("false"); return JSONNode(kind: .boolean(false), raw: start..<position)
        case UInt8(ascii: "n"): try literal("null"); return JSONNode(kind: .null, raw: start..<position)
        default:
            try parseNumber()
            return JSONNode(kind: .number, raw: start..<position)
        }
    }

    private mutating func peek(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func literal(_ word: String) throws(Failure) {
        for expected in word.utf8 {
            guard position < bytes.count, bytes[position] == expected else { throw fail("invalid literal") }
            position += 1
        }
    }

    private mutating func parseNumber() throws(Failure) {
        let start = position
        _ = peek(UInt8(ascii: "-"))
        let digitsStart = position
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        guard position > digitsStart else { throw fail("invalid value") }
        if bytes[digitsStart] == UInt8(ascii: "0"), position - digitsStart > 1 { throw fail("leading zero in number") }
        if peek(UInt8(ascii: ".")) {
            let fraction = position
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
            guard position > fraction else { throw fail("invalid number") }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            let exponent = position
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
            guard position > exponent else { throw fail("invalid number") }
        }
        guard position > start else { throw fail("invalid value") }
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// A string's bytes with escapes resolved (`\u` pairs joined into one scalar).
    private mutating func parseString() throws(Failure) -> [UInt8] {
        position += 1
        var text: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""): return text
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { throw fail("unterminated string") }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escaped)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar), position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                       bytes[position + 1] == UInt8(ascii: "u") {
                        position += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw fail("invalid surrogate pair") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { throw fail("invalid \\u escape") }
                    text.append(contentsOf: Array(String(Character(unicode)).utf8))
                default: throw fail("invalid escape")
                }
            case 0x00..<0x20: throw fail("control character in string")
            default: text.append(byte)
            }
        }
        throw fail("unterminated string")
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard position + 4 <= bytes.count,
              let value = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16) else {
            throw fail("invalid \\u escape")
        }
        position += 4
        return value
    }

    private func fail(_ message: String) -> Failure { Failure(message: message, position: position) }
}
