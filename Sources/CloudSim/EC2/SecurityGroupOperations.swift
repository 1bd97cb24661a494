/// create-security-group, describe-security-groups, delete-security-group and the rule
/// operations (authorize/revoke, ingress/egress).
enum SecurityGroupOperations {
    @Sendable static func create(_ request: OperationRequest) throws -> OperationResult {
        let db = request.world.db
        let name = request.string("GroupName")
        let vpc = try request["VpcId"]?.stringValue.map { try VPC.existing($0, db) } ?? VPC.defaultVPC(db)
        guard !name.hasPrefix("sg-") else {
            throw EC2Errors.invalidParameterValue("Group names may not be in the format sg-*.")
        }
        if try SecurityGroup.find(name: name, vpcID: vpc.id, db) != nil {
            throw EC2Errors.groupDuplicate(name, vpcID: vpc.id)
        }
        let group = try SecurityGroup.create(name: name, description: request.string("Description"), vpcID: vpc.id, db)
        return OperationResult(.object([
            "GroupId": .string(group.id),
            "SecurityGroupArn": .string(group.arn(account: request.world.account, region: request.world.region)),
        ]))
    }

    @Sendable static func describe(_ request: OperationRequest) throws -> OperationResult {
        let db = request.world.db
        let filters = EC2Filters(request)
        let ids = (request["GroupIds"]?.listValue ?? []).compactMap(\.stringValue)
        let names = (request["GroupNames"]?.listValue ?? []).compactMap(\.stringValue)
        let all = try SecurityGroup.all(db)
        for id in ids where !all.contains(where: { $0.id == id }) { throw EC2Errors.groupNotFound(id) }
        let defaultVPC = try VPC.defaultVPC(db).id
        for name in names where !all.contains(where: { $0.name == name && $0.vpcID == defaultVPC }) {
            throw EC2Errors.groupNotFound(name)
        }
        let shown = try all.filter { group in
            try filters.match(group.filterValues)
                && (ids.isEmpty || ids.contains(group.id)) && (names.isEmpty || names.contains(group.name))
        }
        return OperationResult(.object(["SecurityGroups": .list(try shown.map {
            try $0.value(account: request.world.account, region: request.world.region, db)
        })]))
    }

    /// The VPC's `default` group cannot be deleted, nor a group a Redshift cluster uses or whose
    /// members another group's rules name.
    @Sendable static func delete(_ request: OperationRequest) throws -> OperationResult {
        let db = request.world.db
        let group = try SecurityGroup.existing(request)
        if group.name == "default" {
            throw ServiceError("CannotDelete", "the specified group: \"\(group.id)\" name: \"default\" cannot be deleted by a user")
        }
        let referenced = try SecurityGroup.all(db).filter { $0.id != group.id }.contains { other in
            try SecurityGroupRule.all(of: other.id, db).contains { $0.sourceGroupID == group.id }
        }
        if try referenced || Cluster.usesSecurityGroup(group.id, db) {
            throw ServiceError("DependencyViolation", "resource \(group.id) has a dependent object")
        }
        try group.delete(db)
        return .empty
    }

    static func authorize(isEgress: Bool) -> @Sendable (OperationRequest) throws -> OperationResult {
        { request in
            let group = try SecurityGroup.existing(request)
            let existing = try SecurityGroupRule.all(of: group.id, request.world.db)
            let rules = try RuleRequest.rules(request, group: group, isEgress: isEgress)
            for rule in rules where existing.contains(where: rule.sameTraffic) {
                let peer = rule.cidr ?? rule.sourceGroupID ?? ""
                let ports = rule.protocol == "-1" ? "ALL" : "\(rule.protocol.uppercased()), from port: \(rule.fromPort!), to port: \(rule.toPort!)"
                throw ServiceError("InvalidPermission.Duplicate", "the specified rule \"peer: \(peer), \(ports), ALLOW\" already exists")
            }
            for rule in rules { try rule.save(request.world.db) }
            return OperationResult(.object([
                "Return": .bool(true),
                "SecurityGroupRules": .list(rules.map { $0.value(account: request.world.account) }),
            ]))
        }
    }

    static func revoke(isEgress: Bool) -> @Sendable (OperationRequest) throws -> OperationResult {
        { request in
            let group = try SecurityGroup.existing(request)
            let existing = try SecurityGroupRule.all(of: group.id, request.world.db)
            for rule in try RuleRequest.rules(request, group: group, isEgress: isEgress) {
                guard let stored = existing.first(where: rule.sameTraffic) else { throw EC2Errors.permissionNotFound }
                try stored.delete(request.world.db)
            }
            return OperationResult(.object(["Return": .bool(true)]))
        }
    }
}
