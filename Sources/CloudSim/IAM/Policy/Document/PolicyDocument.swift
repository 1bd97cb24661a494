/// A parsed, validated IAM policy document: what every simulated service evaluates requests
/// against. Build one with `PolicyDocument(json:kind:)`.
public struct PolicyDocument: Equatable, Sendable {
    public var version: PolicyVersion
    public var id: String?
    public var kind: PolicyKind
    public var statements: [PolicyStatement]

    public init(version: PolicyVersion, id: String? = nil, kind: PolicyKind, statements: [PolicyStatement]) {
        self.version = version
        self.id = id
        self.kind = kind
        self.statements = statements
    }

    /// Parses and validates `json` as IAM (or S3, for `.resource`) would when the policy is
    /// created, refusing it with that service's error code and message.
    public init(json: String, kind: PolicyKind) throws(MalformedPolicyError) {
        self = try PolicyDocumentDecoder(kind: kind).decode(json)
    }
}
