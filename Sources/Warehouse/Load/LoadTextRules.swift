/// The byte-level checks COPY applies to text: UTF-8 validity (with ACCEPTINVCHARS'
/// replacement) and fitting a value to a CHAR/VARCHAR length.
enum LoadTextRules {
    /// The byte ranges of `bytes` that are not valid UTF-8 (overlong forms and surrogates included).
    static func invalidUTF8(_ bytes: ArraySlice<UInt8>) -> [Range<Int>] {
        var bad: [Range<Int>] = []
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let need: Int
            switch lead {
            case 0xC2...0xDF: need = 1
            case 0xE0...0xEF: need = 2
            case 0xF0...0xF4: need = 3
            default:
                bad.append(index..<index + 1)
                index += 1
                continue
            }
            var next = index + 1
            var valid = true
            for _ in 0..<need {
                guard next < end, bytes[next] & 0xC0 == 0x80 else {
                    valid = false
                    break
                }
                next += 1
            }
            if valid, need >= 2 {
                let second = bytes[index + 1]
                if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0) || (lead == 0xF0 && second < 0x90)
                    || (lead == 0xF4 && second >= 0x90) {
                    valid = false
                }
            }
            if !valid { bad.append(index..<max(next, index + 1)) }
            index = max(next, index + 1)
        }
        return bad
    }

    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { String($0, radix: 16) }.joined(separator: " ")
    }

    /// How many bytes of `count` to keep for a column of `limit` bytes: the whole value when it
    /// fits or only blanks are cut, else (TRUNCATECOLUMNS) the most whole characters that fit.
    static func fittedLength(_ bytes: ArraySlice<UInt8>, limit: Int, truncate: Bool, isChar: Bool) throws(FieldError) -> Int {
        guard bytes.count > limit else { return bytes.count }
        if bytes.dropFirst(limit).allSatisfy({ $0 == 0x20 }) { return limit }
        guard truncate else {
            throw FieldError(code: 1204, reason: isChar ? "Char length exceeds DDL length" : "String length exceeds DDL length")
        }
        var keep = limit
        while keep > 0, bytes[bytes.startIndex + keep] & 0xC0 == 0x80 { keep -= 1 }
        return keep
    }
}
