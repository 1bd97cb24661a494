/// An AWS managed policy as AWS publishes it: its ARN, default version and document.
public struct ManagedPolicy: Equatable, Sendable {
    public var name: String
    public var arn: String
    /// The default version's ID, e.g. `v3`, as `GetPolicy` reports `DefaultVersionId`.
    public var defaultVersionID: String
    /// The default version's document text, exactly as published.
    public var documentText: String

    /// The parsed document; the texts in the catalog are checked by tests to parse.
    public var document: PolicyDocument? {
        try? PolicyDocument(json: documentText, kind: .identity)
    }

    /// The policy ready for evaluation, reported as `aws-managed` under its name.
    public var sourcedPolicy: SourcedPolicy? {
        document.map { SourcedPolicy(id: name, sourceType: .awsManaged, document: $0) }
    }
}
