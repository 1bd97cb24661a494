/// One operator–key pair of a `Condition` block with its policy values, e.g.
/// `"StringEquals": {"sts:ExternalId": ["a", "b"]}`. Values of one key are OR-ed; the clauses of
/// a block are AND-ed (see `PolicyStatement.conditionsHold`).
public struct ConditionClause: Equatable, Sendable {
    public var conditionOperator: ConditionOperator
    /// The key as written; looked up without regard to case.
    public var key: String
    /// The policy's values as text (JSON numbers and booleans are kept as written).
    public var values: [String]

    public init(conditionOperator: ConditionOperator, key: String, values: [String]) {
        self.conditionOperator = conditionOperator
        self.key = key
        self.values = values
    }

    /// Whether the clause holds for `context`, following the documented rules for absent keys:
    /// false, except for negated operators (true), `...IfExists` (true), `ForAllValues:` (true)
    /// and `Null` (which tests exactly that).
    func holds(in context: RequestContext, expandingVariables: Bool) -> Bool {
        let comparison = conditionOperator.comparison
        let requestValues = context.values(for: key) ?? []
        if comparison == .null {
            return values.contains { value in
                switch value.lowercased() {
                case "true": requestValues.isEmpty
                case "false": !requestValues.isEmpty
                default: false
                }
            }
        }
        guard !requestValues.isEmpty else {
            if conditionOperator.ifExists { return true }
            switch conditionOperator.qualifier {
            case .forAllValues: return true
            case .forAnyValue: return false
            case .single: return comparison.isNegated
            }
        }
        let patterns = values.compactMap { value in
            PolicyVariables.pattern(
                for: value, expand: expandingVariables && comparison.expandsVariables, context: context,
                caseSensitive: true)
        }
        func matchesAnyPolicyValue(_ requestValue: String) -> Bool {
            patterns.contains { comparison.relates($0, requestValue) }
        }
        func satisfies(_ requestValue: String) -> Bool {
            matchesAnyPolicyValue(requestValue) != comparison.isNegated
        }
        switch conditionOperator.qualifier {
        case .single:
            return requestValues.contains(where: matchesAnyPolicyValue) != comparison.isNegated
        case .forAnyValue:
            return requestValues.contains(where: satisfies)
        case .forAllValues:
            return requestValues.allSatisfy(satisfies)
        }
    }
}
