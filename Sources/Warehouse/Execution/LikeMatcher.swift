/// LIKE and ILIKE pattern matching over UTF-8 bytes: `%` matches any run of characters, `_`
/// exactly one character, and a backslash makes the next pattern character literal. ILIKE
/// folds both sides to lower case first.
///
/// A pattern without `_` is a list of literal segments separated by `%`, matched without
/// backtracking: the first segment anchored at the start (unless the pattern starts with `%`),
/// the last at the end (unless it ends with `%`), the ones between found leftmost in turn,
/// which is exact because `%` can absorb whatever lies between them. `_` needs the general
/// matcher, which backtracks to the last `%`.
struct LikeMatcher {
    private enum Element: Equatable {
        case literal(UInt8)
        case anyCharacter
        case anyRun
    }

    private let elements: [Element]
    /// The literal segments between `%`s, when the pattern has no `_`.
    private let segments: [[UInt8]]?
    private let anchoredStart: Bool
    private let anchoredEnd: Bool

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
        anchoredStart = elements.first != .anyRun
        anchoredEnd = elements.last != .anyRun
        if elements.contains(.anyCharacter) {
            segments = nil
        } else {
            var segments: [[UInt8]] = [[]]
            for element in elements {
                if case .literal(let byte) = element {
                    segments[segments.count - 1].append(byte)
                } else {
                    segments.append([])
                }
            }
            self.segments = segments.filter { !$0.isEmpty }
        }
    }

    func matches(_ text: some Collection<UInt8>) -> Bool {
        Array(text).withUnsafeBufferPointer { matches($0) }
    }

    func matches(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let segments else { return matchesGeneral(text) }
        var start = 0, end = text.count
        var middle = segments[...]
        if anchoredStart {
            guard let first = middle.first else { return text.isEmpty }
            guard Self.hasPrefix(text, first, at: 0) else { return false }
            start = first.count
            middle = middle.dropFirst()
            if middle.isEmpty && anchoredEnd { return text.count == first.count }
        }
        if anchoredEnd, let last = middle.last {
            guard end - start >= last.count, Self.hasPrefix(text, last, at: end - last.count) else { return false }
            end -= last.count
            middle = middle.dropLast()
        }
        for segment in middle {
            guard let found = Self.find(segment, in: text, from: start, to: end) else { return false }
            start = found + segment.count
        }
        return true
    }

    private static func hasPrefix(_ text: UnsafeBufferPointer<UInt8>, _ literal: [UInt8], at offset: Int) -> Bool {
        guard offset >= 0, text.count - offset >= literal.count else { return false }
        for index in literal.indices where text[offset + index] != literal[index] { return false }
        return true
    }

    /// The leftmost offset in `start..<end` where `literal` occurs entirely within the range.
    private static func find(_ literal: [UInt8], in text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard let head = literal.first, end - start >= literal.count else { return nil }
        var offset = start
        while offset <= end - literal.count {
            if text[offset] == head, hasPrefix(text, literal, at: offset) { return offset }
            offset += 1
        }
        return nil
    }

    /// Iterative matching with one backtracking point, the last `%` seen: on a mismatch the
    /// `%` absorbs one more character and matching resumes after it. Linear stack, O(n·m) time.
    private func matchesGeneral(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
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
    private static func nextCharacter(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        var next = index + 1
        while next < text.count, text[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }
}
