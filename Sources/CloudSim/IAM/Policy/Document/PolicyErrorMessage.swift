/// The messages IAM and S3 give for malformed documents, one place for every text.
///
/// Seen verbatim in AWS responses quoted in public issue threads: `syntaxErrors`, `legacyParsing`
/// (IAM's answer to an Effect such as `allow`, and used here for an unknown Version too),
/// `principalNotAllowed`, `missingActions`, `missingResources`, `missingPrincipal` (quoted for
/// bucket policies; trust policies are given the same words), `resourceInTrustPolicy`,
/// `actionColons`, `resourceNotARN`, `invalidPrincipal`, `sidNotAlphanumeric`; S3's
/// `invalidActionS3` and `invalidEffectS3` as an S3-compatible gateway quotes them.
/// Not confirmed, written as remembered: `trustActionsOnly`, `duplicateSid`, `invalidResourceS3`,
/// and `missingEffect`, which follows the shape of `missingPrincipal`.
enum PolicyErrorMessage {
    static let syntaxErrors = "Syntax errors in policy."
    static let legacyParsing = "The policy failed legacy parsing"
    static let principalNotAllowed = "Policy document should not specify a principal."
    static let missingActions = "Policy statement must contain actions."
    static let missingResources = "Policy statement must contain resources."
    static let missingEffect = "Missing required field Effect"
    static let missingPrincipal = "Missing required field Principal"
    static let resourceInTrustPolicy = "Has prohibited field Resource"
    static let trustActionsOnly = "AssumeRole policy may only specify STS AssumeRole actions."
    static let actionColons = "Actions/Condition can contain only one colon."
    static let sidNotAlphanumeric =
        "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*"
    static let duplicateSid = "Statement IDs (SID) in a single policy must be unique."

    static let invalidResourceS3 = "Policy has invalid resource"
    static let invalidActionS3 = "Policy has invalid action"

    static func invalidEffectS3(_ effect: String) -> String { "Invalid effect: \(effect)" }

    static func resourceNotARN(_ resource: String) -> String {
        "Resource \(resource) must be in ARN format or \"*\"."
    }

    static func invalidPrincipal(type: String, value: String) -> String {
        "Invalid principal in policy: \"\(type)\":\"\(value)\""
    }
}
