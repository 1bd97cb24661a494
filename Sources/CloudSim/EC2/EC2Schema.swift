import GRDB

/// EC2's tables in the world database: the network the labs' clusters live in.
enum EC2Schema {
    static func createTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE ec2_vpc (
                id TEXT PRIMARY KEY NOT NULL,
                cidr TEXT NOT NULL,
                is_default INTEGER NOT NULL
            );
            CREATE TABLE ec2_subnet (
                id TEXT PRIMARY KEY NOT NULL,
                vpc_id TEXT NOT NULL REFERENCES ec2_vpc(id),
                cidr TEXT NOT NULL,
                availability_zone TEXT NOT NULL,
                availability_zone_id TEXT NOT NULL,
                default_for_az INTEGER NOT NULL
            );
            CREATE TABLE ec2_security_group (
                id TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL,
                description TEXT NOT NULL,
                vpc_id TEXT NOT NULL REFERENCES ec2_vpc(id),
                UNIQUE (vpc_id, name)
            );
            CREATE TABLE ec2_security_group_rule (
                id TEXT PRIMARY KEY NOT NULL,
                group_id TEXT NOT NULL REFERENCES ec2_security_group(id),
                is_egress INTEGER NOT NULL,
                protocol TEXT NOT NULL,
                from_port INTEGER,
                to_port INTEGER,
                cidr TEXT,
                source_group_id TEXT
            );
            """)
    }

    /// The default VPC every account has in us-east-1, planted once: 172.31.0.0/16, one /20
    /// default subnet per availability zone (a to f) and the VPC's `default` security group,
    /// whose rules let members of the group reach each other and anything go out.
    static func seed(_ db: Database) throws {
        guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ec2_vpc") == 0 else { return }
        let vpc = EC2ID.make("vpc")
        try db.execute(sql: "INSERT INTO ec2_vpc (id, cidr, is_default) VALUES (?, '172.31.0.0/16', 1)", arguments: [vpc])
        for (index, zone) in DefaultVPC.zones.enumerated() {
            try db.execute(sql: """
                INSERT INTO ec2_subnet (id, vpc_id, cidr, availability_zone, availability_zone_id, default_for_az)
                VALUES (?, ?, ?, ?, ?, 1)
                """, arguments: [EC2ID.make("subnet"), vpc, "172.31.\(index * 16).0/20", zone.name, zone.id])
        }
        let group = try SecurityGroup.create(name: "default", description: "default VPC security group", vpcID: vpc, db)
        try SecurityGroupRule(id: EC2ID.make("sgr"), groupID: group.id, isEgress: false, protocol: "-1",
                              fromPort: nil, toPort: nil, cidr: nil, sourceGroupID: group.id).save(db)
    }
}

/// us-east-1's availability zones as the default VPC has them, with the zone ids (`use1-az6`)
/// one account sees them under.
enum DefaultVPC {
    static let zones: [(name: String, id: String)] = [
        ("us-east-1a", "use1-az6"), ("us-east-1b", "use1-az1"), ("us-east-1c", "use1-az2"),
        ("us-east-1d", "use1-az4"), ("us-east-1e", "use1-az3"), ("us-east-1f", "use1-az5"),
    ]
}

/// EC2 resource ids: a type prefix and 17 lower-case hex digits (`sg-0a1b2c3d4e5f60718`).
enum EC2ID {
    static func make(_ prefix: String) -> String {
        prefix + "-" + String((0..<17).map { _ in "0123456789abcdef".randomElement()! })
    }
}
