import Foundation

/// A crawler's exclude pattern: a glob over keys relative to the include path, where `*`
/// matches within one folder level, `**` across levels, `?` one character and `{a,b}` either
/// alternative (Glue's documented glob syntax).
struct ExclusionPattern {
    private let expression: NSRegularExpression

    init?(_ glob: String) {
        var pattern = "^"
        var characters = Array(glob)[...]
        var inBraces = false
        while let character = characters.popFirst() {
            switch character {
            case "*" where characters.first == "*":
                characters = characters.dropFirst()
                pattern += ".*"
            case "*": pattern += "[^/]*"
            case "?": pattern += "[^/]"
            case "{": inBraces = true; pattern += "(?:"
            case "}" where inBraces: inBraces = false; pattern += ")"
            case "," where inBraces: pattern += "|"
            default: pattern += NSRegularExpression.escapedPattern(for: String(character))
            }
        }
        guard let expression = try? NSRegularExpression(pattern: pattern + "$") else { return nil }
        self.expression = expression
    }

    func matches(_ relativeKey: String) -> Bool {
        expression.firstMatch(in: relativeKey, range: NSRange(relativeKey.startIndex..., in: relativeKey)) != nil
    }
}
