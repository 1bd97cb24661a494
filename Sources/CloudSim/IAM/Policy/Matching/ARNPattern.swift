/// Matches Resource/NotResource values and the `Arn*` condition operators against ARNs: each of
/// the six colon-separated parts (`arn:partition:service:region:account-id:resource`) is matched on
/// its own, case-sensitively, so a wildcard in one part never spills into another; the final
/// resource part may itself contain colons and slashes.
enum ARNPattern {
    /// A bare `*` matches every resource, ARN or not.
    static func matches(_ pattern: WildcardPattern, _ value: String) -> Bool {
        if pattern.pieces == [.anyRun] { return true }
        let patternParts = split(pattern.pieces)
        let valueParts = splitValue(value)
        guard patternParts.count == 6, valueParts.count == 6 else { return pattern.matches(value) }
        for (part, text) in zip(patternParts, valueParts)
        where !WildcardPattern(pieces: part, caseSensitive: pattern.caseSensitive).matches(text) {
            return false
        }
        return true
    }

    /// Splits at the first five literal colons; a colon that came from a variable is split too,
    /// since by then it is ordinary text.
    private static func split(_ pieces: [WildcardPattern.Piece]) -> [[WildcardPattern.Piece]] {
        var parts: [[WildcardPattern.Piece]] = [[]]
        for piece in pieces {
            if piece == .literal(":"), parts.count < 6 {
                parts.append([])
            } else {
                parts[parts.count - 1].append(piece)
            }
        }
        return parts
    }

    private static func splitValue(_ value: String) -> [String] {
        value.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
    }
}
