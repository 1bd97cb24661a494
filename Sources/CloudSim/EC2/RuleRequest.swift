/// The rules an authorize or revoke request describes, read from `--ip-permissions` and from
/// the CLI's simplified options (`--protocol tcp --port 5439 --cidr 203.0.113.25/32`,
/// `--source-group sg-...`), which the CLI turns into one more `IpPermission`.
enum RuleRequest {
    /// Input members shared by the four rule operations, in model order, then the CLI's own options.
    static let members: [ShapeMember] = [
        .optional("GroupId", .string),
        .optional("GroupName", .string),
        .optional("IpPermissions", .list(.structure([
            .optional("FromPort", .integer()),
            .optional("IpProtocol", .string),
            .optional("IpRanges", .list(.structure([.optional("CidrIp", .string), .optional("Description", .string)]))),
            .optional("ToPort", .integer()),
            .optional("UserIdGroupPairs", .list(.structure([
                .optional("Description", .string),
                .optional("GroupId", .string),
                .optional("GroupName", .string),
                .optional("UserId", .string),
            ]))),
        ]))),
        .optional("Protocol", .string),
        .optional("Port", .string),
        .optional("Cidr", .string),
        .optional("SourceGroup", .string),
    ]

    /// The rules of `group` the request describes, with new ids.
    static func rules(_ request: OperationRequest, group: SecurityGroup, isEgress: Bool) throws -> [SecurityGroupRule] {
        var permissions = request["IpPermissions"]?.listValue ?? []
        if let simplified = try simplifiedPermission(request) { permissions.append(simplified) }
        var rules: [SecurityGroupRule] = []
        for permission in permissions {
            let protocolName = try normalizedProtocol(permission["IpProtocol"]?.stringValue ?? "")
            var from = permission["FromPort"]?.integerValue, to = permission["ToPort"]?.integerValue
            if protocolName == "-1" {
                (from, to) = (nil, nil)
            } else if from == nil || to == nil || from! > to! || from! < -1 || to! > 65_535 {
                throw EC2Errors.invalidParameterValue(
                    "Invalid value 'Must specify both from and to ports with TCP/UDP.' for portRange")
            }
            func rule(cidr: String?, source: String?) -> SecurityGroupRule {
                SecurityGroupRule(id: EC2ID.make("sgr"), groupID: group.id, isEgress: isEgress, protocol: protocolName,
                                  fromPort: from, toPort: to, cidr: cidr, sourceGroupID: source)
            }
            for range in permission["IpRanges"]?.listValue ?? [] {
                let cidr = range["CidrIp"]?.stringValue ?? ""
                guard cidr.contains("/"), IPAddressRange(cidr) != nil, !cidr.contains(":") else {
                    throw EC2Errors.invalidParameterValue("CIDR block \(cidr) is malformed")
                }
                rules.append(rule(cidr: cidr, source: nil))
            }
            for pair in permission["UserIdGroupPairs"]?.listValue ?? [] {
                let source = try sourceGroup(pair, vpcID: group.vpcID, request.world)
                rules.append(rule(cidr: nil, source: source.id))
            }
        }
        return rules
    }

    /// `--protocol`, `--port`, `--cidr`, `--source-group` as the CLI combines them.
    private static func simplifiedPermission(_ request: OperationRequest) throws -> AWSValue? {
        let protocolName = request["Protocol"]?.stringValue
        guard protocolName != nil || request["Port"] != nil || request["Cidr"] != nil || request["SourceGroup"] != nil else {
            return nil
        }
        var members = [AWSValue.Member("IpProtocol", .string(protocolName ?? ""))]
        if let port = request["Port"]?.stringValue {
            let (from, to) = try portRange(port)
            members += [AWSValue.Member("FromPort", .integer(from)), AWSValue.Member("ToPort", .integer(to))]
        }
        if let cidr = request["Cidr"]?.stringValue {
            members.append(AWSValue.Member("IpRanges", .list([.object(["CidrIp": .string(cidr)])])))
        }
        if let source = request["SourceGroup"]?.stringValue {
            let key = source.hasPrefix("sg-") ? "GroupId" : "GroupName"
            members.append(AWSValue.Member("UserIdGroupPairs", .list([.object([AWSValue.Member(key, .string(source))])])))
        }
        return .object(members)
    }

    /// `22`, `8000-8080` or `-1` (all ports).
    private static func portRange(_ text: String) throws -> (Int, Int) {
        if let port = Int(text) { return (port, port) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let from = Int(parts[0]), let to = Int(parts[1]) else {
            throw EC2Errors.invalidParameterValue("port parameter should be of the form <from[-to]> (e.g. 22 or 22-25)")
        }
        return (from, to)
    }

    /// EC2 takes names or numbers; `all` is the CLI's word for `-1`.
    private static func normalizedProtocol(_ name: String) throws -> String {
        switch name.lowercased() {
        case "tcp", "6": return "tcp"
        case "udp", "17": return "udp"
        case "icmp", "1": return "icmp"
        case "-1", "all": return "-1"
        default: throw EC2Errors.invalidParameterValue("Invalid value '\(name)' for IP protocol. Unknown protocol.")
        }
    }

    private static func sourceGroup(_ pair: AWSValue, vpcID: String, _ world: WorldTransaction) throws -> SecurityGroup {
        if let id = pair["GroupId"]?.stringValue { return try SecurityGroup.existing(id: id, world.db) }
        let name = pair["GroupName"]?.stringValue ?? ""
        guard let group = try SecurityGroup.find(name: name, vpcID: vpcID, world.db) else { throw EC2Errors.groupNotFound(name) }
        return group
    }
}
