/// Turns policy JSON into a `PolicyDocument`, applying the grammar IAM enforces at creation time
/// (or S3's, for bucket policies) and failing with the message the real service gives.
struct PolicyDocumentDecoder {
    let kind: PolicyKind

    private static let documentElements: Set = ["Version", "Id", "Statement"]
    private static let statementElements: Set = [
        "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource",
        "Condition",
    ]
    /// What a trust policy may let a principal do; anything else is refused.
    private static let trustActions = [
        "sts:AssumeRole", "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity", "sts:TagSession",
        "sts:SetSourceIdentity", "sts:SetContext",
    ]

    func decode(_ text: String) throws(MalformedPolicyError) -> PolicyDocument {
        guard let root = PolicyJSONParser.parse(text), case .object(let members) = root.value,
              members.allSatisfy({ Self.documentElements.contains($0.key) }) else {
            throw failure(PolicyErrorMessage.syntaxErrors)
        }
        let version = try decodeVersion(root.member("Version"))
        let id = try optionalString(root.member("Id"))
        guard let statementNode = root.member("Statement") else { throw failure(PolicyErrorMessage.syntaxErrors) }
        let statementNodes: [PolicyJSON]
        switch statementNode.value {
        case .array(let elements) where !elements.isEmpty: statementNodes = elements
        case .object: statementNodes = [statementNode]
        default: throw failure(PolicyErrorMessage.syntaxErrors)
        }
        var statements: [PolicyStatement] = []
        for node in statementNodes { statements.append(try decodeStatement(node)) }
        if kind != .resource {
            let sids = statements.compactMap(\.sid).filter { !$0.isEmpty }
            if Set(sids).count != sids.count { throw failure(PolicyErrorMessage.duplicateSid) }
        }
        return PolicyDocument(version: version, id: id, kind: kind, statements: statements)
    }

    private func failure(_ message: String) -> MalformedPolicyError {
        MalformedPolicyError(code: kind.errorCode, message: message)
    }

    private func decodeVersion(_ node: PolicyJSON?) throws(MalformedPolicyError) -> PolicyVersion {
        guard let node else { return .v2008_10_17 }
        guard let text = node.stringValue else { throw failure(PolicyErrorMessage.syntaxErrors) }
        guard let version = PolicyVersion(rawValue: text) else { throw failure(PolicyErrorMessage.legacyParsing) }
        return version
    }

    private func optionalString(_ node: PolicyJSON?) throws(MalformedPolicyError) -> String? {
        guard let node else { return nil }
        guard let text = node.stringValue else { throw failure(PolicyErrorMessage.syntaxErrors) }
        return text
    }

    private func decodeStatement(_ node: PolicyJSON) throws(MalformedPolicyError) -> PolicyStatement {
        guard case .object(let members) = node.value,
              members.allSatisfy({ Self.statementElements.contains($0.key) }) else {
            throw failure(PolicyErrorMessage.syntaxErrors)
        }
        let sid = try decodeSid(node.member("Sid"))
        let effect = try decodeEffect(node.member("Effect"))
        let action = try decodeActions(node)
        let principal = try decodePrincipal(node)
        let resource = try decodeResources(node)
        let conditions = try decodeConditions(node.member("Condition"))
        return PolicyStatement(
            sid: sid, effect: effect, principal: principal, action: action, resource: resource,
            conditions: conditions, start: node.start, end: node.end)
    }

    private func decodeSid(_ node: PolicyJSON?) throws(MalformedPolicyError) -> String? {
        let sid = try optionalString(node)
        if kind != .resource, let sid, !sid.unicodeScalars.allSatisfy(Self.isAlphanumeric) {
            throw failure(PolicyErrorMessage.sidNotAlphanumeric)
        }
        return sid
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private func decodeEffect(_ node: PolicyJSON?) throws(MalformedPolicyError) -> StatementEffect {
        guard let node else { throw failure(PolicyErrorMessage.missingEffect) }
        guard let text = node.stringValue else { throw failure(PolicyErrorMessage.syntaxErrors) }
        guard let effect = StatementEffect(rawValue: text) else {
            throw failure(kind == .resource ? PolicyErrorMessage.invalidEffectS3(text) : PolicyErrorMessage.legacyParsing)
        }
        return effect
    }

    /// `Element` or `NotElement`, never both; `nil` when neither is present or the list is empty.
    private func scopedStrings(_ node: PolicyJSON, _ name: String) throws(MalformedPolicyError) -> StatementScope<[String]>? {
        let listed = node.member(name)
        let excepted = node.member("Not" + name)
        if listed != nil && excepted != nil { throw failure(PolicyErrorMessage.syntaxErrors) }
        guard let element = listed ?? excepted else { return nil }
        let values = try stringList(element)
        if values.isEmpty { return nil }
        return listed != nil ? .only(values) : .allExcept(values)
    }

    /// A string or an array of strings.
    private func stringList(_ node: PolicyJSON) throws(MalformedPolicyError) -> [String] {
        switch node.value {
        case .string(let text):
            return [text]
        case .array(let elements):
            var values: [String] = []
            for element in elements {
                guard let text = element.stringValue else { throw failure(PolicyErrorMessage.syntaxErrors) }
                values.append(text)
            }
            return values
        default:
            throw failure(PolicyErrorMessage.syntaxErrors)
        }
    }

    private func decodeActions(_ node: PolicyJSON) throws(MalformedPolicyError) -> StatementScope<[String]> {
        guard let action = try scopedStrings(node, "Action") else { throw failure(PolicyErrorMessage.missingActions) }
        for pattern in action.value where pattern != "*" {
            let colons = pattern.count(where: { $0 == ":" })
            if colons != 1 {
                if kind == .resource { throw failure(PolicyErrorMessage.invalidActionS3) }
                throw failure(colons == 0 ? PolicyErrorMessage.syntaxErrors : PolicyErrorMessage.actionColons)
            }
        }
        if kind == .trust {
            guard case .only(let patterns) = action, patterns.allSatisfy(Self.isTrustAction) else {
                throw failure(PolicyErrorMessage.trustActionsOnly)
            }
        }
        return action
    }

    private static func isTrustAction(_ pattern: String) -> Bool {
        let glob = WildcardPattern(pattern, caseSensitive: false)
        return trustActions.contains(where: glob.matches)
    }

    private func decodePrincipal(_ node: PolicyJSON) throws(MalformedPolicyError) -> StatementScope<PrincipalSet>? {
        let listed = node.member("Principal")
        let excepted = node.member("NotPrincipal")
        if listed != nil && excepted != nil { throw failure(PolicyErrorMessage.syntaxErrors) }
        guard let element = listed ?? excepted else {
            if kind == .identity { return nil }
            throw failure(PolicyErrorMessage.missingPrincipal)
        }
        if kind == .identity { throw failure(PolicyErrorMessage.principalNotAllowed) }
        let set = try principalSet(element)
        return listed != nil ? .only(set) : .allExcept(set)
    }

    private func principalSet(_ node: PolicyJSON) throws(MalformedPolicyError) -> PrincipalSet {
        switch node.value {
        case .string("*"):
            return PrincipalSet(everyone: true)
        case .object(let members) where !members.isEmpty:
            var principals: [PrincipalSet.PrincipalType: [String]] = [:]
            for (name, value) in members {
                guard let type = PrincipalSet.PrincipalType(rawValue: name) else {
                    throw failure(PolicyErrorMessage.syntaxErrors)
                }
                let values = try stringList(value)
                if values.isEmpty { throw failure(PolicyErrorMessage.syntaxErrors) }
                for value in values where type == .aws && !Self.isAWSPrincipal(value) {
                    throw failure(PolicyErrorMessage.invalidPrincipal(type: name, value: value))
                }
                principals[type] = values
            }
            return PrincipalSet(principals: principals)
        default:
            throw failure(PolicyErrorMessage.syntaxErrors)
        }
    }

    /// `*`, a 12-digit account ID, or an ARN.
    private static func isAWSPrincipal(_ value: String) -> Bool {
        value == "*" || value.hasPrefix("arn:")
            || (value.count == 12 && value.allSatisfy { $0.isASCII && $0.isNumber })
    }

    private func decodeResources(_ node: PolicyJSON) throws(MalformedPolicyError) -> StatementScope<[String]>? {
        let resource = try scopedStrings(node, "Resource")
        if kind == .trust {
            if node.member("Resource") != nil || node.member("NotResource") != nil {
                throw failure(PolicyErrorMessage.resourceInTrustPolicy)
            }
            return nil
        }
        guard let resource else { throw failure(PolicyErrorMessage.missingResources) }
        for value in resource.value where !Self.isResourcePattern(value) {
            throw failure(kind == .resource ? PolicyErrorMessage.invalidResourceS3 : PolicyErrorMessage.resourceNotARN(value))
        }
        return resource
    }

    /// `*`, or `arn:` followed by the five further colon-separated parts.
    private static func isResourcePattern(_ value: String) -> Bool {
        value == "*" || (value.hasPrefix("arn:") && value.count(where: { $0 == ":" }) >= 5)
    }

    private func decodeConditions(_ node: PolicyJSON?) throws(MalformedPolicyError) -> [ConditionClause] {
        guard let node else { return [] }
        guard case .object(let operators) = node.value else { throw failure(PolicyErrorMessage.syntaxErrors) }
        var clauses: [ConditionClause] = []
        for (name, block) in operators {
            guard let conditionOperator = ConditionOperator(name), case .object(let keys) = block.value else {
                throw failure(PolicyErrorMessage.syntaxErrors)
            }
            for (key, value) in keys {
                clauses.append(ConditionClause(conditionOperator: conditionOperator, key: key, values: try conditionValues(value)))
            }
        }
        return clauses
    }

    /// Strings, numbers and booleans, alone or in an array; numbers and booleans keep their text.
    private func conditionValues(_ node: PolicyJSON) throws(MalformedPolicyError) -> [String] {
        func scalar(_ value: PolicyJSON.Value) -> String? {
            switch value {
            case .string(let text), .number(let text): text
            case .bool(let flag): flag ? "true" : "false"
            default: nil
            }
        }
        if let single = scalar(node.value) { return [single] }
        guard case .array(let elements) = node.value, !elements.isEmpty else {
            throw failure(PolicyErrorMessage.syntaxErrors)
        }
        var values: [String] = []
        for element in elements {
            guard let text = scalar(element.value) else { throw failure(PolicyErrorMessage.syntaxErrors) }
            values.append(text)
        }
        return values
    }
}
