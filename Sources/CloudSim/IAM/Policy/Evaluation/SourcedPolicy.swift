/// A policy document together with the name it is reported under (`SourcePolicyId`) and its
/// kind of source, so an evaluation can say which policy decided.
public struct SourcedPolicy: Equatable, Sendable {
    /// The policy's name or ARN, e.g. `AmazonS3ReadOnlyAccess` or `s3-read-raw`.
    public var id: String
    public var sourceType: PolicySourceType
    public var document: PolicyDocument

    public init(id: String, sourceType: PolicySourceType, document: PolicyDocument) {
        self.id = id
        self.sourceType = sourceType
        self.document = document
    }
}
