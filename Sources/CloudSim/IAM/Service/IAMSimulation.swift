/// simulate-principal-policy: every action × resource pair decided by the `PolicyEvaluator` over
/// the role's or user's inline and attached policies (plus any `--policy-input-list`), answered
/// in `EvaluationResults` as IAM shapes them.
enum IAMSimulation {
    @Sendable static func simulatePrincipalPolicy(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let sourceARN = request.string("PolicySourceArn")
        let principal = try IAMPrincipalRef.existing(arn: sourceARN, world)
        var policies = try principal.identityPolicies(world.db)
        for (index, text) in (request["PolicyInputList"]?.listValue ?? []).enumerated() {
            let document = try IAMPolicyText.validated(text.stringValue ?? "", kind: .identity)
            policies.append(SourcedPolicy(id: "PolicyInputList.\(index + 1)", sourceType: .none,
                                          document: try PolicyDocument(json: document, kind: .identity)))
        }
        let context = try contextEntries(request).addingRequestTime(world.now)
        let actions = (request["ActionNames"]?.listValue ?? []).compactMap(\.stringValue)
        let resources = (request["ResourceArns"]?.listValue ?? []).compactMap(\.stringValue)
        var results: [AWSValue] = []
        for action in actions {
            for resource in resources.isEmpty ? ["*"] : resources {
                let access = AccessRequest(principal: .iam(arn: sourceARN), action: action, resource: resource, context: context)
                let result = PolicyEvaluator.evaluate(access, policies: PolicySet(identityPolicies: policies))
                results.append(value(result, resourceSpecific: !resources.isEmpty))
            }
        }
        let numbered = results.enumerated().map { (key: String(format: "%08d", $0.offset), value: $0.element) }
        return OperationResult(.object(try IAMPaging.page(numbered, key: \.key, resultKey: "EvaluationResults",
                                                           request: request) { $0.value }))
    }

    /// `--context-entries ContextKeyName=aws:SourceIp,ContextKeyValues=203.0.113.7,ContextKeyType=ip`.
    private static func contextEntries(_ request: OperationRequest) throws -> RequestContext {
        var context = RequestContext()
        for entry in request["ContextEntries"]?.listValue ?? [] {
            guard let key = entry["ContextKeyName"]?.stringValue else { continue }
            context[key] = (entry["ContextKeyValues"]?.listValue ?? []).compactMap(\.stringValue)
        }
        return context
    }

    /// One `EvaluationResult`; with `--resource-arns`, IAM repeats the decision per resource
    /// in `ResourceSpecificResults`.
    private static func value(_ result: EvaluationResult, resourceSpecific: Bool) -> AWSValue {
        let statements = AWSValue.list(result.matchedStatements.map(statementValue))
        let missing = AWSValue.list(result.missingContextValues.map(AWSValue.string))
        return .object([
            "EvalActionName": .string(result.evalActionName),
            "EvalResourceName": .string(result.evalResourceName),
            "EvalDecision": .string(result.evalDecision.rawValue),
            "MatchedStatements": statements,
            "MissingContextValues": missing,
            "ResourceSpecificResults": resourceSpecific ? .list([.object([
                "EvalResourceName": .string(result.evalResourceName),
                "EvalResourceDecision": .string(result.evalDecision.rawValue),
                "MatchedStatements": statements,
                "MissingContextValues": missing,
            ])]) : nil,
        ])
    }

    private static func statementValue(_ statement: MatchedStatement) -> AWSValue {
        .object([
            "SourcePolicyId": .string(statement.sourcePolicyId),
            "SourcePolicyType": .string(statement.sourcePolicyType.rawValue),
            "StartPosition": .object(["Line": .integer(statement.startPosition.line),
                                      "Column": .integer(statement.startPosition.column)]),
            "EndPosition": .object(["Line": .integer(statement.endPosition.line),
                                    "Column": .integer(statement.endPosition.column)]),
        ])
    }
}
