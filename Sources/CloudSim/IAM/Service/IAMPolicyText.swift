/// Policy documents as IAM takes and gives them: validated with the policy library when they
/// arrive (so a bad one is refused with IAM's `MalformedPolicyDocument` text and nothing is
/// stored), kept as the learner's text, and shown back as JSON in the learner's key order, as
/// the CLI prints IAM's URL-decoded documents.
enum IAMPolicyText {
    static func validated(_ text: String, kind: PolicyKind) throws -> String {
        do {
            _ = try PolicyDocument(json: text, kind: kind)
        } catch {
            throw ServiceError(error.code, error.message)
        }
        return text
    }

    static func value(_ text: String) -> AWSValue {
        (try? JSONReader.parse(text)) ?? .string(text)
    }
}
