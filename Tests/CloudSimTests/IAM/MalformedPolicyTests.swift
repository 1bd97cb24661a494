import Testing
@testable import CloudSim

/// Documents IAM (and S3, for bucket policies) refuse, with the code and message they answer.
@Suite("Malformed policy documents")
struct MalformedPolicyTests {
    struct Rejection: CustomTestStringConvertible, Sendable {
        var name: String
        var kind: PolicyKind = .identity
        var json: String
        var code = "MalformedPolicyDocument"
        var message: String
        var testDescription: String { name }
    }

    static let statement = #""Effect": "Allow", "Action": "s3:GetObject", "Resource": "*""#
    static let syntax = "Syntax errors in policy."

    static let rejections: [Rejection] = [
        Rejection(name: "text that is not JSON", json: "Allow everything", message: syntax),
        Rejection(name: "a trailing comma", json: #"{"Version": "2012-10-17", "Statement": [{\#(statement)},]}"#, message: syntax),
        Rejection(name: "a top-level array", json: "[]", message: syntax),
        Rejection(name: "two top-level values", json: #"{"Statement": {\#(statement)}} {}"#, message: syntax),
        Rejection(name: "no Statement", json: #"{"Version": "2012-10-17"}"#, message: syntax),
        Rejection(name: "an empty Statement list", json: #"{"Version": "2012-10-17", "Statement": []}"#, message: syntax),
        Rejection(name: "a misspelt top-level element", json: #"{"Version": "2012-10-17", "Statements": [{\#(statement)}]}"#, message: syntax),
        Rejection(name: "a lower-case statement element", json: #"{"Statement": {"effect": "Allow", "Action": "s3:*", "Resource": "*"}}"#, message: syntax),
        Rejection(name: "an unknown Version", json: #"{"Version": "2012-10-18", "Statement": {\#(statement)}}"#,
                  message: "The policy failed legacy parsing"),
        Rejection(name: "a numeric Version", json: #"{"Version": 2012, "Statement": {\#(statement)}}"#, message: syntax),
        Rejection(name: "no Effect", json: #"{"Statement": {"Action": "s3:*", "Resource": "*"}}"#,
                  message: "Missing required field Effect"),
        Rejection(name: "a lower-case Effect", json: #"{"Statement": {"Effect": "allow", "Action": "s3:*", "Resource": "*"}}"#,
                  message: "The policy failed legacy parsing"),
        Rejection(name: "no Action", json: #"{"Statement": {"Effect": "Allow", "Resource": "*"}}"#,
                  message: "Policy statement must contain actions."),
        Rejection(name: "an empty Action list", json: #"{"Statement": {"Effect": "Allow", "Action": [], "Resource": "*"}}"#,
                  message: "Policy statement must contain actions."),
        Rejection(name: "both Action and NotAction",
                  json: #"{"Statement": {"Effect": "Allow", "Action": "s3:*", "NotAction": "iam:*", "Resource": "*"}}"#,
                  message: syntax),
        Rejection(name: "an action with two colons", json: #"{"Statement": {"Effect": "Allow", "Action": "s3:Get:Object", "Resource": "*"}}"#,
                  message: "Actions/Condition can contain only one colon."),
        Rejection(name: "an action without a service", json: #"{"Statement": {"Effect": "Allow", "Action": "GetObject", "Resource": "*"}}"#,
                  message: syntax),
        Rejection(name: "a non-string action", json: #"{"Statement": {"Effect": "Allow", "Action": ["s3:GetObject", 7], "Resource": "*"}}"#,
                  message: syntax),
        Rejection(name: "no Resource in an identity policy", json: #"{"Statement": {"Effect": "Allow", "Action": "s3:*"}}"#,
                  message: "Policy statement must contain resources."),
        Rejection(name: "a bucket name instead of an ARN", json: #"{"Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "raw-bucket"}}"#,
                  message: #"Resource raw-bucket must be in ARN format or "*"."#),
        Rejection(name: "a Principal in an identity policy",
                  json: #"{"Statement": {"Effect": "Allow", "Principal": "*", "Action": "s3:*", "Resource": "*"}}"#,
                  message: "Policy document should not specify a principal."),
        Rejection(name: "a Sid with a space", json: #"{"Statement": {"Sid": "Read raw", \#(statement)}}"#,
                  message: "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*"),
        Rejection(name: "a repeated Sid", json: #"{"Statement": [{"Sid": "A", \#(statement)}, {"Sid": "A", \#(statement)}]}"#,
                  message: "Statement IDs (SID) in a single policy must be unique."),
        Rejection(name: "an unknown condition operator",
                  json: #"{"Statement": {\#(statement), "Condition": {"StringEqualz": {"s3:prefix": "a"}}}}"#, message: syntax),
        Rejection(name: "Null with IfExists",
                  json: #"{"Statement": {\#(statement), "Condition": {"NullIfExists": {"s3:prefix": "true"}}}}"#, message: syntax),
        Rejection(name: "an object as a condition value",
                  json: #"{"Statement": {\#(statement), "Condition": {"StringEquals": {"s3:prefix": {"a": 1}}}}}"#, message: syntax),
        Rejection(name: "a bucket policy without Principal", kind: .resource,
                  json: #"{"Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::raw/*"}}"#,
                  code: "MalformedPolicy", message: "Missing required field Principal"),
        Rejection(name: "a bucket policy with a bad resource", kind: .resource,
                  json: #"{"Statement": {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "raw/*"}}"#,
                  code: "MalformedPolicy", message: "Policy has invalid resource"),
        Rejection(name: "a bucket policy with an unknown effect", kind: .resource,
                  json: #"{"Statement": {"Effect": "Permit", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}}"#,
                  code: "MalformedPolicy", message: "Invalid effect: Permit"),
        Rejection(name: "a bucket policy with a bad action", kind: .resource,
                  json: #"{"Statement": {"Effect": "Allow", "Principal": "*", "Action": "GetObject", "Resource": "*"}}"#,
                  code: "MalformedPolicy", message: "Policy has invalid action"),
        Rejection(name: "a trust policy with a Resource", kind: .trust,
                  json: #"{"Statement": {"Effect": "Allow", "Principal": {"Service": "redshift.amazonaws.com"}, "Action": "sts:AssumeRole", "Resource": "*"}}"#,
                  message: "Has prohibited field Resource"),
        Rejection(name: "a trust policy without Principal", kind: .trust,
                  json: #"{"Statement": {"Effect": "Allow", "Action": "sts:AssumeRole"}}"#,
                  message: "Missing required field Principal"),
        Rejection(name: "a trust policy granting S3 actions", kind: .trust,
                  json: #"{"Statement": {"Effect": "Allow", "Principal": {"Service": "glue.amazonaws.com"}, "Action": "s3:GetObject"}}"#,
                  message: "AssumeRole policy may only specify STS AssumeRole actions."),
        Rejection(name: "a trust policy naming a bare user name", kind: .trust,
                  json: #"{"Statement": {"Effect": "Allow", "Principal": {"AWS": "bob"}, "Action": "sts:AssumeRole"}}"#,
                  message: #"Invalid principal in policy: "AWS":"bob""#),
        Rejection(name: "a principal of an unknown type", kind: .trust,
                  json: #"{"Statement": {"Effect": "Allow", "Principal": {"Group": "admins"}, "Action": "sts:AssumeRole"}}"#,
                  message: syntax),
    ]

    @Test("rejected with the service's code and message", arguments: rejections)
    func rejects(_ rejection: Rejection) {
        #expect(throws: MalformedPolicyError(code: rejection.code, message: rejection.message)) {
            try PolicyDocument(json: rejection.json, kind: rejection.kind)
        }
    }

    @Test func errorDescriptionReadsLikeTheAWSErrorLine() {
        let error = MalformedPolicyError(code: "MalformedPolicyDocument", message: "Syntax errors in policy.")
        #expect(error.description == "MalformedPolicyDocument: Syntax errors in policy.")
    }
}
