/// A condition operator as written in a policy, such as `StringEquals`,
/// `NumericLessThanEqualsIfExists` or `ForAnyValue:StringLike`: a comparison, optionally the
/// `IfExists` suffix, optionally a set qualifier for multivalued keys. Names are case-sensitive.
public struct ConditionOperator: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// How a multivalued request key is compared with the policy's values.
    public enum SetQualifier: String, Equatable, Hashable, Sendable {
        /// Single-valued comparison: any request value matching any policy value.
        case single = ""
        /// Every request value must match (vacuously true for a missing or empty key).
        case forAllValues = "ForAllValues"
        /// At least one request value must match (false for a missing or empty key).
        case forAnyValue = "ForAnyValue"
    }

    public var qualifier: SetQualifier
    public var comparison: ConditionComparison
    /// `...IfExists`: the condition holds when the key is absent, and is tested when present.
    public var ifExists: Bool

    public init(qualifier: SetQualifier = .single, comparison: ConditionComparison, ifExists: Bool = false) {
        self.qualifier = qualifier
        self.comparison = comparison
        self.ifExists = ifExists
    }

    /// Reads an operator name; `nil` for a name IAM does not know.
    public init?(_ name: String) {
        var rest = Substring(name)
        qualifier = .single
        for candidate in [SetQualifier.forAllValues, .forAnyValue] where rest.hasPrefix(candidate.rawValue + ":") {
            qualifier = candidate
            rest = rest.dropFirst(candidate.rawValue.count + 1)
        }
        ifExists = rest.hasSuffix("IfExists")
        if ifExists { rest = rest.dropLast("IfExists".count) }
        guard let comparison = ConditionComparison(rawValue: String(rest)),
              !(ifExists && comparison == .null) else { return nil }
        self.comparison = comparison
    }

    public var description: String {
        (qualifier == .single ? "" : qualifier.rawValue + ":") + comparison.rawValue + (ifExists ? "IfExists" : "")
    }
}
