/// The compiled form of the last pattern and flags seen, since a call's pattern is almost
/// always the same on every row.
struct RegexCache {
    private var key: String?
    private var regex: Regex<AnyRegexOutput>?

    mutating func regex(_ pattern: String, ignoresCase: Bool) throws(SQLError) -> Regex<AnyRegexOutput> {
        let key = (ignoresCase ? "i:" : "c:") + pattern
        if key == self.key, let regex { return regex }
        let compiled: Regex<AnyRegexOutput>
        do {
            compiled = try Regex(pattern).ignoresCase(ignoresCase).matchingSemantics(.unicodeScalar)
        } catch {
            throw SQLError(SQLState.invalidRegularExpression, "invalid regular expression: \(error)")
        }
        self.key = key
        regex = compiled
        return compiled
    }
}
