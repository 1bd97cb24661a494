import GRDB

/// One allow rule of a security group: traffic of `protocol` (`tcp`, `udp`, `icmp` or `-1` for
/// all) on ports `fromPort...toPort` from (or, for egress, to) a CIDR block or the members of
/// another security group.
struct SecurityGroupRule: Equatable {
    let id: String
    let groupID: String
    let isEgress: Bool
    let `protocol`: String
    let fromPort: Int?
    let toPort: Int?
    let cidr: String?
    let sourceGroupID: String?

    static func all(of groupID: String, _ db: Database) throws -> [SecurityGroupRule] {
        try Row.fetchAll(db, sql: "SELECT * FROM ec2_security_group_rule WHERE group_id = ? ORDER BY rowid",
                         arguments: [groupID]).map {
            SecurityGroupRule(id: $0["id"], groupID: $0["group_id"], isEgress: $0["is_egress"], protocol: $0["protocol"],
                              fromPort: $0["from_port"], toPort: $0["to_port"], cidr: $0["cidr"],
                              sourceGroupID: $0["source_group_id"])
        }
    }

    /// Whether the two rules allow the same traffic (their ids aside).
    func sameTraffic(as other: SecurityGroupRule) -> Bool {
        groupID == other.groupID && isEgress == other.isEgress && `protocol` == other.protocol
            && fromPort == other.fromPort && toPort == other.toPort && cidr == other.cidr && sourceGroupID == other.sourceGroupID
    }

    func save(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO ec2_security_group_rule (id, group_id, is_egress, protocol, from_port, to_port, cidr, source_group_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, groupID, isEgress, `protocol`, fromPort, toPort, cidr, sourceGroupID])
    }

    func delete(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM ec2_security_group_rule WHERE id = ?", arguments: [id])
    }

    /// The rule as authorize-security-group-ingress/egress report it (`SecurityGroupRules`).
    func value(account: Account) -> AWSValue {
        .object([
            "SecurityGroupRuleId": .string(id),
            "GroupId": .string(groupID),
            "GroupOwnerId": .string(account.id),
            "IsEgress": .bool(isEgress),
            "IpProtocol": .string(`protocol`),
            "FromPort": .integer(fromPort ?? -1),
            "ToPort": .integer(toPort ?? -1),
            "CidrIpv4": cidr.map(AWSValue.string),
            "ReferencedGroupInfo": sourceGroupID.map { .object(["GroupId": .string($0), "UserId": .string(account.id)]) },
        ])
    }

    /// Rules as describe-security-groups shows them: one `IpPermission` per protocol and port
    /// range, listing its CIDR blocks and groups.
    static func permissions(_ rules: [SecurityGroupRule], account: Account) -> AWSValue {
        var ranges: [(protocol: String, from: Int?, to: Int?)] = []
        for rule in rules where !ranges.contains(where: { $0 == (rule.protocol, rule.fromPort, rule.toPort) }) {
            ranges.append((rule.protocol, rule.fromPort, rule.toPort))
        }
        return .list(ranges.map { range in
            let matching = rules.filter { ($0.protocol, $0.fromPort, $0.toPort) == range }
            return .object([
                "IpProtocol": .string(range.protocol),
                "FromPort": range.from.map(AWSValue.integer),
                "ToPort": range.to.map(AWSValue.integer),
                "UserIdGroupPairs": .list(matching.compactMap(\.sourceGroupID).map {
                    .object(["GroupId": .string($0), "UserId": .string(account.id)])
                }),
                "IpRanges": .list(matching.compactMap(\.cidr).map { .object(["CidrIp": .string($0)]) }),
                "Ipv6Ranges": .list([]),
                "PrefixListIds": .list([]),
            ])
        })
    }
}
