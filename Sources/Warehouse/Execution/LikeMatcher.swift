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

    /// Iterative matching with one backtracking point, the last `%` seen: on a mismatch the
    /// `%` absorbs one more character and matching resumes after it. Linear stack, O(n·m) time.
    func matches(_ text: some Collection<UInt8>) -> Bool {
        let text = Array(text)
        var t = 0, p = 0
        var resumePattern: Int?, resumeText = 0
        while t < text.count {
            if p < elements.count {
                switch elements[p] {
                case .literal(let byte) where text[t] == byte:
                    t += 1
                    p += 1
                    continue
                case .anyCharacter:
                    t = Self.nextCharacter(text, t)
                    p += 1
                    continue
                case .anyRun:
                    resumePattern = p + 1
                    resumeText = t
                    p += 1
                    continue
                case .literal:
                    break
                }
            }
            guard let resume = resumePattern else { return false }
            resumeText = Self.nextCharacter(text, resumeText)
            t = resumeText
            p = resume
        }
        while p < elements.count, elements[p] == .anyRun { p += 1 }
        return p == elements.count
    }

    /// The offset after the UTF-8 character starting at `index`.
    private static func nextCharacter(_ text: [UInt8], _ index: Int) -> Int {
        var next = index + 1
        while next < text.count, text[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }
}
