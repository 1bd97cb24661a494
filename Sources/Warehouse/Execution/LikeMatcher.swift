/// LIKE and ILIKE pattern matching over UTF-8 bytes: `%` matches any run of characters, `_`
/// exactly one character, and a backslash makes the next pattern character literal. ILIKE
/// folds both sides to lower case first.
struct LikeMatcher {
    private enum Element: Equatable {
        case literal(UInt8)
        case anyCharacter
        case anyRun
    }

    private let elements: [Element]

    init(pattern: some Collection<UInt8>) {
        var elements: [Element] = []
        var escaped = false
        for byte in pattern {
            if escaped {
                elements.append(.literal(byte))
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "%") {
                if elements.last != .anyRun { elements.append(.anyRun) }
            } else if byte == UInt8(ascii: "_") {
                elements.append(.anyCharacter)
            } else {
                elements.append(.literal(byte))
            }
        }
        if escaped { elements.append(.literal(UInt8(ascii: "\\"))) }
        self.elements = elements
    }

    func matches(_ text: some Collection<UInt8>) -> Bool {
        let bytes = Array(text)
        var memo = [Int: Bool]()
        return match(bytes, 0, 0, &memo)
    }

    /// Backtracking with memoisation on (text, pattern) positions, so `%` runs stay polynomial.
    private func match(_ text: [UInt8], _ t: Int, _ p: Int, _ memo: inout [Int: Bool]) -> Bool {
        let key = t * (elements.count + 1) + p
        if let known = memo[key] { return known }
        let result: Bool
        if p == elements.count {
            result = t == text.count
        } else {
            switch elements[p] {
            case .literal(let byte):
                result = t < text.count && text[t] == byte && match(text, t + 1, p + 1, &memo)
            case .anyCharacter:
                result = t < text.count && match(text, Self.nextCharacter(text, t), p + 1, &memo)
            case .anyRun:
                var position = t
                var found = false
                while true {
                    if match(text, position, p + 1, &memo) { found = true; break }
                    if position >= text.count { break }
                    position = Self.nextCharacter(text, position)
                }
                result = found
            }
        }
        memo[key] = result
        return result
    }

    /// The offset after the UTF-8 character starting at `index`.
    private static func nextCharacter(_ text: [UInt8], _ index: Int) -> Int {
        var next = index + 1
        while next < text.count, text[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }
}
