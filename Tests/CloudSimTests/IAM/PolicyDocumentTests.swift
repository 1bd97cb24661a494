import Testing
@testable import CloudSim

@Suite("Policy documents")
struct PolicyDocumentTests {
    @Test func aSingleStatementObjectIsAStatementList() throws {
        let document = try PolicyDocument(
            json: #"{"Version": "2012-10-17", "Id": "raw-read", "Statement": {"Effect": "Deny", "NotAction": "s3:Get*", "NotResource": ["arn:aws:s3:::raw", "arn:aws:s3:::raw/*"]}}"#,
            kind: .identity)
        #expect(document.version == .v2012_10_17)
        #expect(document.id == "raw-read")
        #expect(document.statements.count == 1)
        let statement = try #require(document.statements.first)
        #expect(statement.effect == .deny)
        #expect(statement.action == .allExcept(["s3:Get*"]))
        #expect(statement.resource == .allExcept(["arn:aws:s3:::raw", "arn:aws:s3:::raw/*"]))
        #expect(statement.principal == nil)
    }

    @Test func missingVersionMeans2008() throws {
        let document = try PolicyDocument(json: #"{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}"#, kind: .identity)
        #expect(document.version == .v2008_10_17)
    }

    @Test func statementPositionsPointAtTheStatementObjects() throws {
        let json = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {"Sid": "First", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::raw"},
                {
                  "Sid": "Second",
                  "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::raw/*"
                }
              ]
            }
            """
        let statements = try PolicyDocument(json: json, kind: .identity).statements
        #expect(statements.map(\.start) == [SourcePosition(line: 4, column: 5), SourcePosition(line: 5, column: 5)])
        #expect(statements.map(\.end) == [SourcePosition(line: 4, column: 99), SourcePosition(line: 8, column: 6)])
    }

    @Test func positionsCountCharactersNotBytes() throws {
        let json = #"{"Id": "é✓", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}"#
        let statement = try #require(try PolicyDocument(json: json, kind: .identity).statements.first)
        #expect(statement.start == SourcePosition(line: 1, column: 27))
    }

    @Test func principalsOfEveryTypeAndConditionValuesOfEveryScalarType() throws {
        let json = #"""
            {"Version": "2012-10-17", "Statement": [{
              "Effect": "Allow",
              "Principal": {"AWS": ["arn:aws:iam::111122223333:root", "444455556666"], "Service": "glue.amazonaws.com",
                            "Federated": "cognito-identity.amazonaws.com", "CanonicalUser": "79a59df900b949e5"},
              "Action": ["sts:AssumeRole", "sts:AssumeRoleWithWebIdentity"],
              "Condition": {"NumericLessThan": {"aws:MultiFactorAuthAge": 3600}, "Bool": {"aws:SecureTransport": true},
                            "ForAnyValue:StringLike": {"aws:TagKeys": ["team-*", "cost-\u002A"]}}
            }]}
            """#
        let statement = try #require(try PolicyDocument(json: json, kind: .trust).statements.first)
        let principals = try #require(statement.principal?.value.principals)
        #expect(principals[.aws] == ["arn:aws:iam::111122223333:root", "444455556666"])
        #expect(principals[.service] == ["glue.amazonaws.com"])
        #expect(principals[.federated] == ["cognito-identity.amazonaws.com"])
        #expect(principals[.canonicalUser] == ["79a59df900b949e5"])
        #expect(statement.resource == nil)
        #expect(statement.conditions.map(\.values) == [["3600"], ["true"], ["team-*", "cost-*"]])
        #expect(statement.conditions.map(\.conditionOperator.description) ==
            ["NumericLessThan", "Bool", "ForAnyValue:StringLike"])
    }

    @Test func notPrincipalInABucketPolicy() throws {
        let json = #"{"Statement": {"Effect": "Deny", "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:user/admin"}, "Action": "s3:DeleteBucket", "Resource": "arn:aws:s3:::raw"}}"#
        let statement = try #require(try PolicyDocument(json: json, kind: .resource).statements.first)
        #expect(statement.principal == .allExcept(PrincipalSet(principals: [.aws: ["arn:aws:iam::111122223333:user/admin"]])))
    }

    @Test func bucketPolicySidsMayHoldSpacesAndRepeat() throws {
        let statement = #"{"Sid": "Public read", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::site/*"}"#
        let document = try PolicyDocument(json: "{\"Statement\": [\(statement), \(statement)]}", kind: .resource)
        #expect(document.statements.map(\.sid) == ["Public read", "Public read"])
    }

    @Test func trustPoliciesAcceptSessionTaggingAndWildcardSTSActions() throws {
        let json = #"{"Statement": {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/ci"}, "Action": ["sts:AssumeRole", "sts:TagSession", "sts:Assume*"]}}"#
        #expect(try PolicyDocument(json: json, kind: .trust).statements.count == 1)
    }

    @Test func escapedJSONStringsAreDecoded() throws {
        let json = #"{"Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::raw/\u00e9t\u00e9/\ud83d\ude00\/x\"q"}}"#
        let statement = try #require(try PolicyDocument(json: json, kind: .identity).statements.first)
        #expect(statement.resource == .only(["arn:aws:s3:::raw/été/😀/x\"q"]))
    }

    @Test func unpairedSurrogateEscapesAreSyntaxErrors() {
        #expect(throws: MalformedPolicyError(code: "MalformedPolicyDocument", message: "Syntax errors in policy.")) {
            try PolicyDocument(json: #"{"Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::\ud83d"}}"#, kind: .identity)
        }
    }

    @Test func nestingBeyondTheLimitIsASyntaxErrorNotACrash() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: MalformedPolicyError(code: "MalformedPolicyDocument", message: "Syntax errors in policy.")) {
            try PolicyDocument(json: #"{"Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": \#(deep)}}"#, kind: .identity)
        }
    }
}
