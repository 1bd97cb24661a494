/// A statement that decided a request, identified the way `SimulatePrincipalPolicy` reports
/// `MatchedStatements`, plus its Sid and index so a learner can find it without a line count.
public struct MatchedStatement: Equatable, Sendable, CustomStringConvertible {
    public var sourcePolicyId: String
    public var sourcePolicyType: PolicySourceType
    public var sid: String?
    /// 0-based position in the policy's Statement list.
    public var index: Int
    public var effect: StatementEffect
    public var startPosition: SourcePosition
    public var endPosition: SourcePosition

    public init(policy: SourcedPolicy, index: Int, statement: PolicyStatement) {
        sourcePolicyId = policy.id
        sourcePolicyType = policy.sourceType
        sid = statement.sid
        self.index = index
        effect = statement.effect
        startPosition = statement.start
        endPosition = statement.end
    }

    /// `statement "ReadRaw" (Statement[1]) of policy "s3-read-raw"`.
    public var description: String {
        let name = sid.map { "statement \"\($0)\" (Statement[\(index)])" } ?? "Statement[\(index)]"
        return "\(name) of policy \"\(sourcePolicyId)\""
    }
}
