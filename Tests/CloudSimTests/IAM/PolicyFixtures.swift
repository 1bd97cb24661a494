@testable import CloudSim

/// Principals and document builders shared by the IAM policy tests.
enum PolicyFixtures {
    static let account = "111122223333"
    static let alice = RequestPrincipal.iam(arn: "arn:aws:iam::111122223333:user/alice")
    static let bob = RequestPrincipal.iam(arn: "arn:aws:iam::111122223333:user/bob")
    static let loaderSession = RequestPrincipal.assumedRole(
        sessionARN: "arn:aws:sts::111122223333:assumed-role/loader/etl",
        roleARN: "arn:aws:iam::111122223333:role/loader")

    /// A document with the given statement objects; `version: nil` leaves Version out.
    static func document(_ statements: [String], version: String? = "2012-10-17") -> String {
        let versionMember = version.map { "\"Version\": \"\($0)\", " } ?? ""
        return "{\(versionMember)\"Statement\": [\(statements.joined(separator: ", "))]}"
    }

    static func sourced(_ json: String, id: String, kind: PolicyKind, type: PolicySourceType) throws -> SourcedPolicy {
        SourcedPolicy(id: id, sourceType: type, document: try PolicyDocument(json: json, kind: kind))
    }
}
