/// The matches of a pattern in one value from a 1-based start position.
struct RegexSearch {
    let subject: String
    let start: String.Index
    let startsPastEnd: Bool
    let regex: Regex<AnyRegexOutput>
    let subexpression: Bool

    init(_ subject: String, pattern: String, position: Int, parameters: String, cache: inout RegexCache) throws(SQLError) {
        guard position >= 1 else {
            throw SQLError(SQLState.invalidParameterValue, "argument 'position' must be a positive integer, not \(position)")
        }
        var ignoresCase = false
        var subexpression = false
        for flag in parameters {
            switch flag {
            case "c": ignoresCase = false
            case "i": ignoresCase = true
            case "e": subexpression = true
            case "p": break
            default: throw SQLError(SQLState.invalidParameterValue, "invalid regular expression option: \"\(flag)\"")
            }
        }
        self.subject = subject
        let scalars = subject.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: position - 1, limitedBy: scalars.endIndex)
        self.start = start ?? scalars.endIndex
        startsPastEnd = start == nil || (position > 1 && start == scalars.endIndex)
        regex = try cache.regex(pattern, ignoresCase: ignoresCase)
        self.subexpression = subexpression
    }

    var matches: [Regex<AnyRegexOutput>.Match] {
        startsPastEnd ? [] : subject[start...].matches(of: regex)
    }

    /// The range of match `occurrence` (from 1), or of its first subexpression with `e`.
    func occurrence(_ occurrence: Int) throws(SQLError) -> Range<String.Index>? {
        guard occurrence >= 1 else {
            throw SQLError(SQLState.invalidParameterValue, "argument 'occurrence' must be a positive integer, not \(occurrence)")
        }
        let all = matches
        guard occurrence <= all.count else { return nil }
        let match = all[occurrence - 1]
        if subexpression, match.output.count > 1 { return match.output[1].range }
        return match.range
    }

    func characterOffset(_ index: String.Index) -> Int {
        subject.unicodeScalars.distance(from: subject.startIndex, to: index)
    }

    /// Every match replaced; `\1`…`\9` in the replacement insert a subexpression, `\&` the whole
    /// match, `\\` a backslash.
    func replacingAll(with replacement: String) -> String {
        var result = String(subject[..<start])
        var copied = start
        for match in matches {
            result += subject[copied..<match.range.lowerBound]
            result += expand(replacement, match)
            copied = match.range.upperBound
        }
        result += subject[copied...]
        return result
    }

    private func expand(_ replacement: String, _ match: Regex<AnyRegexOutput>.Match) -> String {
        var output = ""
        var escaped = false
        for character in replacement {
            guard escaped else {
                if character == "\\" { escaped = true } else { output.append(character) }
                continue
            }
            escaped = false
            if let digit = character.wholeNumberValue, digit < match.output.count {
                output += match.output[digit].substring.map(String.init) ?? ""
            } else if character == "&" {
                output += subject[match.range]
            } else if character != "\\" {
                output += "\\" + String(character)
            } else {
                output.append("\\")
            }
        }
        if escaped { output.append("\\") }
        return output
    }
}
