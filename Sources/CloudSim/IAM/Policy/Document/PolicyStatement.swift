/// One entry of a policy's `Statement` list.
public struct PolicyStatement: Equatable, Sendable {
    public var sid: String?
    public var effect: StatementEffect
    /// `Principal`/`NotPrincipal`; `nil` in identity policies, which apply to whoever holds them.
    public var principal: StatementScope<PrincipalSet>?
    /// `Action`/`NotAction` patterns, e.g. `s3:Get*`.
    public var action: StatementScope<[String]>
    /// `Resource`/`NotResource` ARN patterns; `nil` in trust policies, whose resource is the role.
    public var resource: StatementScope<[String]>?
    public var conditions: [ConditionClause]
    /// Where the statement object starts and ends in the document text.
    public var start: SourcePosition
    public var end: SourcePosition

    public init(
        sid: String? = nil, effect: StatementEffect, principal: StatementScope<PrincipalSet>? = nil,
        action: StatementScope<[String]>, resource: StatementScope<[String]>? = nil,
        conditions: [ConditionClause] = [], start: SourcePosition, end: SourcePosition
    ) {
        self.sid = sid
        self.effect = effect
        self.principal = principal
        self.action = action
        self.resource = resource
        self.conditions = conditions
        self.start = start
        self.end = end
    }
}
