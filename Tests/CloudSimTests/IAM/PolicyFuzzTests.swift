import Testing
@testable import CloudSim

/// Feeds thousands of mutated and randomly assembled policy texts to the parser and evaluates
/// whatever parses: every input must end in a document or a malformed-policy error, never a trap.
@Suite("Policy parser fuzzing")
struct PolicyFuzzTests {
    static let seeds: [(String, PolicyKind)] = [
        (#"{"Version": "2012-10-17", "Statement": [{"Sid": "Read", "Effect": "Allow", "Action": ["s3:Get*", "s3:List*"], "Resource": ["arn:aws:s3:::raw", "arn:aws:s3:::raw/${aws:username}/*"], "Condition": {"IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"]}, "DateLessThan": {"aws:CurrentTime": "2026-12-31T00:00:00Z"}}}]}"#, .identity),
        (#"{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "NotAction": "iam:*", "NotResource": "arn:aws:iam::*:role/${aws:PrincipalTag/team, 'x'}", "Condition": {"ForAllValues:StringLike": {"aws:TagKeys": "team-*"}, "NumericLessThanIfExists": {"s3:max-keys": 10}, "Null": {"aws:TokenIssueTime": true}}}}"#, .identity),
        (#"{"Version": "2012-10-17", "Id": "bucket", "Statement": [{"Sid": "Public read", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::site/*"}, {"Effect": "Deny", "NotPrincipal": {"AWS": ["arn:aws:iam::111122223333:user/admin", "111122223333"]}, "Action": "s3:*", "Resource": "arn:aws:s3:::site", "Condition": {"Bool": {"aws:SecureTransport": "false"}, "BinaryEquals": {"k": "QQ=="}}}]}"#, .resource),
        (#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": ["redshift.amazonaws.com", "glue.amazonaws.com"], "Federated": "cognito-identity.amazonaws.com"}, "Action": ["sts:AssumeRole", "sts:TagSession"], "Condition": {"StringEquals": {"sts:ExternalId": "lab"}, "ArnLike": {"aws:SourceArn": "arn:aws:redshift:*:111122223333:dbuser:c/*"}}}]}"#, .trust),
    ]

    static let fragments = [
        "{", "}", "[", "]", "\"", ",", ":", "*", "?", "${", "}", "$", "\\", "\\u", "\\ud83d", "\u{0}", "é", "😀", "-1e999", "0.5",
        "true", "null", "\"Effect\"", "\"Allow\"", "\"Deny\"", "\"Action\"", "\"NotAction\"", "\"Resource\"", "\"Principal\"",
        "\"Condition\"", "\"Version\"", "\"2008-10-17\"", "\"ForAnyValue:StringLike\"", "\"NullIfExists\"", "arn:aws:s3:::",
        "::", "/129", "[[[[[[[[", "]]]]", "{\"AWS\": \"*\"}", "\"s3:*:*\"",
    ]

    static let kinds: [PolicyKind] = [.identity, .resource, .trust]

    static func mutate(_ text: String, using rng: inout SeededGenerator) -> String {
        var characters = Array(text)
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            let position = Int.random(in: 0...characters.count, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0 where position < characters.count:
                characters[position] = fragments.randomElement(using: &rng)?.first ?? "x"
            case 1:
                let end = min(characters.count, position + Int.random(in: 1...12, using: &rng))
                characters.removeSubrange(position..<end)
            case 2:
                characters.insert(contentsOf: fragments.randomElement(using: &rng) ?? "", at: position)
            case 3:
                characters.removeSubrange(position...)
            default:
                let end = min(characters.count, position + Int.random(in: 1...30, using: &rng))
                characters.insert(contentsOf: characters[position..<end], at: position)
            }
        }
        return String(characters)
    }

    /// A statement-shaped JSON text for `kind`, built from policy element names with mostly
    /// plausible and sometimes odd values: it reaches validation and evaluation far more often
    /// than byte mutations do.
    static func assemble(for kind: PolicyKind, using rng: inout SeededGenerator) -> String {
        func usually(_ plausible: [String], else odd: [String]) -> String {
            let options = Int.random(in: 0..<10, using: &rng) == 0 ? odd : plausible
            return options.randomElement(using: &rng) ?? ""
        }
        func list(_ plausible: [String], else odd: [String]) -> String {
            let count = Int.random(in: 1...3, using: &rng)
            if count == 1 { return "\"\(usually(plausible, else: odd))\"" }
            return "[" + (0..<count).map { _ in "\"\(usually(plausible, else: odd))\"" }.joined(separator: ", ") + "]"
        }
        func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &rng) < percent }
        let actions = kind == .trust
            ? ["sts:AssumeRole", "sts:TagSession", "sts:Assume*"] : ["s3:GetObject", "s3:*", "*", "iam:?ist*", "S3:getobject"]
        let resources = ["*", "arn:aws:s3:::raw/*", "arn:aws:s3:::raw/${aws:username}/*", "arn:aws:s3:::${*}", "arn:aws:s3:::r?w/*"]
        let operators = ConditionComparison.allCases.map(\.rawValue)
            + ["ForAllValues:StringLike", "ForAnyValue:StringEqualsIfExists", "StringNotLikeIfExists"]
        let keys = ["aws:SourceIp", "aws:username", "aws:TagKeys", "s3:prefix", "aws:CurrentTime", "sts:ExternalId"]
        let values = ["203.0.113.0/24", "alice", "team-*", "2026-01-01", "10", "true", "QQ==", "arn:aws:s3:::raw/*", "::1/128", "lab"]
        var members: [String] = []
        if chance(50) { members.append("\"Sid\": \"\(usually(["S1", "Read"], else: ["S 2", ""]))\"") }
        if chance(95) { members.append("\"Effect\": \"\(usually(["Allow", "Deny"], else: ["allow"]))\"") }
        members.append("\"\(usually(["Action", "NotAction"], else: ["Actions"]))\": \(list(actions, else: ["s3", "a:b:c"]))")
        if kind == .trust ? chance(5) : chance(95) {
            members.append("\"\(usually(["Resource", "NotResource"], else: ["Resource"]))\": \(list(resources, else: ["raw", "arn:"]))")
        }
        if kind == .identity ? chance(5) : chance(95) {
            members.append("\"\(usually(["Principal", "NotPrincipal"], else: ["Principal"]))\": " + usually(
                ["\"*\"", "{\"AWS\": \"arn:aws:iam::111122223333:user/alice\"}", "{\"Service\": \"redshift.amazonaws.com\"}"],
                else: ["{\"AWS\": \"bob\"}", "{}", "[]"]))
        }
        if chance(60) {
            let block = "{\"\(usually(keys, else: ["k"]))\": \(list(values, else: ["", "*"]))}"
            members.append("\"Condition\": {\"\(usually(operators, else: ["Bogus"]))\": \(block)}")
        }
        let statement = "{" + members.shuffled(using: &rng).joined(separator: ", ") + "}"
        let version = usually(["\"Version\": \"2012-10-17\", ", "\"Version\": \"2008-10-17\", ", ""], else: ["\"Version\": \"2020-01-01\", "])
        return "{\(version)\"Statement\": \(chance(50) ? statement : "[\(statement), \(statement)]")}"
    }

    @Test func parserNeverTrapsAndEvaluatesWhateverParses() {
        var rng = SeededGenerator(seed: 0x5EED_1A3B)
        var parsed = 0
        var refused = 0
        var decisions: Set<EvalDecision> = []
        let context = RequestContext([
            "aws:SourceIp": ["203.0.113.7"], "aws:TagKeys": ["team-a"], "aws:CurrentTime": ["2026-11-25T13:00:00Z"],
            "sts:ExternalId": ["lab"],
        ])
        for iteration in 0..<4_000 {
            let kind = Self.kinds.randomElement(using: &rng) ?? .identity
            let text = iteration.isMultiple(of: 2)
                ? Self.assemble(for: kind, using: &rng)
                : Self.mutate(Self.seeds[iteration / 2 % Self.seeds.count].0, using: &rng)
            do {
                let document = try PolicyDocument(json: text, kind: kind)
                parsed += 1
                let policy = SourcedPolicy(id: "fuzz", sourceType: .none, document: document)
                let decision: EvalDecision
                switch kind {
                case .identity:
                    let request = AccessRequest(
                        principal: PolicyFixtures.alice, action: "s3:GetObject", resource: "arn:aws:s3:::raw/alice/x",
                        context: context)
                    decision = PolicyEvaluator.evaluate(request, policies: PolicySet(identityPolicies: [policy])).evalDecision
                case .resource:
                    let request = AccessRequest(principal: .anonymous, action: "s3:GetObject", resource: "arn:aws:s3:::raw/x", context: context)
                    decision = PolicyEvaluator.evaluate(request, policies: PolicySet(resourcePolicy: policy)).evalDecision
                case .trust:
                    decision = TrustPolicyEvaluator.evaluate(
                        caller: .service("redshift.amazonaws.com"), roleARN: "arn:aws:iam::111122223333:role/r",
                        trustPolicy: policy, context: context).evalDecision
                }
                decisions.insert(decision)
            } catch {
                refused += 1
                #expect(error.code == kind.errorCode, "\(text)")
                #expect(!error.message.isEmpty)
            }
        }
        #expect(parsed > 200)
        #expect(refused > 200)
        #expect(decisions == [.allowed, .explicitDeny, .implicitDeny])
    }
}
