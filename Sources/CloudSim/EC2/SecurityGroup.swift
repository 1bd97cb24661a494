import GRDB

/// A security group row: a named, allow-only set of rules in one VPC.
struct SecurityGroup {
    let id: String
    let name: String
    let description: String
    let vpcID: String

    private init(row: Row) {
        id = row["id"]
        name = row["name"]
        description = row["description"]
        vpcID = row["vpc_id"]
    }

    private init(id: String, name: String, description: String, vpcID: String) {
        self.id = id
        self.name = name
        self.description = description
        self.vpcID = vpcID
    }

    static func create(name: String, description: String, vpcID: String, _ db: Database) throws -> SecurityGroup {
        let group = SecurityGroup(id: EC2ID.make("sg"), name: name, description: description, vpcID: vpcID)
        try db.execute(sql: "INSERT INTO ec2_security_group (id, name, description, vpc_id) VALUES (?, ?, ?, ?)",
                       arguments: [group.id, name, description, vpcID])
        try SecurityGroupRule(id: EC2ID.make("sgr"), groupID: group.id, isEgress: true, protocol: "-1",
                              fromPort: nil, toPort: nil, cidr: "0.0.0.0/0", sourceGroupID: nil).save(db)
        return group
    }

    static func all(_ db: Database) throws -> [SecurityGroup] {
        try Row.fetchAll(db, sql: "SELECT * FROM ec2_security_group ORDER BY id").map(SecurityGroup.init(row:))
    }

    static func find(name: String, vpcID: String, _ db: Database) throws -> SecurityGroup? {
        try Row.fetchOne(db, sql: "SELECT * FROM ec2_security_group WHERE name = ? AND vpc_id = ?",
                         arguments: [name, vpcID]).map(SecurityGroup.init(row:))
    }

    static func existing(id: String, _ db: Database) throws -> SecurityGroup {
        guard let group = try Row.fetchOne(db, sql: "SELECT * FROM ec2_security_group WHERE id = ?", arguments: [id])
            .map(SecurityGroup.init(row:)) else { throw EC2Errors.groupNotFound(id) }
        return group
    }

    /// The group a request names with `GroupId`, or with `GroupName` in the default VPC, as
    /// EC2 reads the two.
    static func existing(_ request: OperationRequest) throws -> SecurityGroup {
        let db = request.world.db
        if let id = request["GroupId"]?.stringValue { return try existing(id: id, db) }
        guard let name = request["GroupName"]?.stringValue else {
            throw ServiceError("MissingParameter", "The request must contain the parameter groupName or groupId")
        }
        guard let group = try find(name: name, vpcID: try VPC.defaultVPC(db).id, db) else { throw EC2Errors.groupNotFound(name) }
        return group
    }

    func arn(account: Account, region: String) -> String {
        "arn:aws:ec2:\(region):\(account.id):security-group/\(id)"
    }

    func delete(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM ec2_security_group_rule WHERE group_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM ec2_security_group WHERE id = ?", arguments: [id])
    }

    /// The `SecurityGroup` structure of describe-security-groups, in model order.
    func value(account: Account, region: String, _ db: Database) throws -> AWSValue {
        let rules = try SecurityGroupRule.all(of: id, db)
        return .object([
            "GroupId": .string(id),
            "IpPermissionsEgress": SecurityGroupRule.permissions(rules.filter(\.isEgress), account: account),
            "VpcId": .string(vpcID),
            "SecurityGroupArn": .string(arn(account: account, region: region)),
            "OwnerId": .string(account.id),
            "GroupName": .string(name),
            "Description": .string(description),
            "IpPermissions": SecurityGroupRule.permissions(rules.filter { !$0.isEgress }, account: account),
        ])
    }

    func filterValues(_ filter: String) -> [String]? {
        switch filter {
        case "group-name": [name]
        case "group-id": [id]
        case "vpc-id": [vpcID]
        case "description": [description]
        case "owner-id": [Account.learner.id]
        default: nil
        }
    }
}
