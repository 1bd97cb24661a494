import GRDB

/// A cluster subnet group: the subnets of one VPC a cluster may be placed in. Every account has
/// `default`, every default subnet of the default VPC; a learner's groups name theirs.
struct SubnetGroup {
    static let defaultName = "default"

    let name: String
    var description: String
    let vpcID: String
    var subnetIDs: [String]
    var tags: RedshiftTags

    static func find(_ name: String, _ db: Database) throws -> SubnetGroup? {
        if name == defaultName {
            let vpc = try VPC.defaultVPC(db)
            return SubnetGroup(name: name, description: "default", vpcID: vpc.id,
                               subnetIDs: try Subnet.all(db).filter { $0.vpcID == vpc.id }.map(\.id), tags: RedshiftTags())
        }
        return try Row.fetchOne(db, sql: "SELECT * FROM redshift_subnet_group WHERE name = ?", arguments: [name]).map {
            SubnetGroup(name: $0["name"], description: $0["description"], vpcID: $0["vpc_id"],
                        subnetIDs: ((try? JSONReader.parse($0["subnets"]))?.listValue ?? []).compactMap(\.stringValue),
                        tags: RedshiftTags(json: $0["tags"]))
        }
    }

    /// The group, or Redshift's `ClusterSubnetGroupNotFoundFault`.
    static func existing(_ name: String, _ db: Database) throws -> SubnetGroup {
        guard let group = try find(name, db) else {
            throw ServiceError("ClusterSubnetGroupNotFoundFault", "Subnet group \(name) not found.", httpStatus: 400)
        }
        return group
    }

    /// The learner's groups by name; `default` once a cluster uses it, as Redshift creates it
    /// with the account's first cluster in the default VPC.
    static func all(_ db: Database) throws -> [SubnetGroup] {
        var names = try String.fetchAll(db, sql: "SELECT name FROM redshift_subnet_group ORDER BY name")
        if try Cluster.all(db).contains(where: { $0.subnetGroup == defaultName }) { names.insert(defaultName, at: 0) }
        return try names.compactMap { try find($0, db) }
    }

    /// The subnets of a create or modify request: at least one, each an existing subnet, all in one VPC.
    static func subnets(_ ids: [String], _ db: Database) throws -> [Subnet] {
        let all = try Subnet.all(db)
        guard !ids.isEmpty else { throw RedshiftErrors.invalidValue("The request must contain the parameter SubnetIds.") }
        let subnets = try ids.map { id in
            guard let subnet = all.first(where: { $0.id == id }) else {
                throw ServiceError("InvalidSubnet", "Subnet \(id) not found.")
            }
            return subnet
        }
        guard Set(subnets.map(\.vpcID)).count == 1 else {
            throw ServiceError("InvalidSubnet", "Subnets must all belong to the same VPC.")
        }
        guard Set(ids).count <= 20 else {
            throw ServiceError("ClusterSubnetQuotaExceededFault", "The request would result in user exceeding the allowed number of subnets in a cluster subnet groups.")
        }
        return subnets
    }

    /// The availability zone a new cluster lands in: the one asked for, which must be one of the
    /// group's subnets' zones, or one of those at random.
    func zone(for requested: String?, _ db: Database) throws -> String {
        let zones = try Subnet.all(db).filter { subnetIDs.contains($0.id) }.map(\.availabilityZone)
        guard let requested else {
            guard let zone = zones.randomElement() else { throw ServiceError("InvalidSubnet", "Subnet group \(name) has no subnets.") }
            return zone
        }
        guard zones.contains(requested) else {
            throw RedshiftErrors.invalidValue("Invalid availability zone: \(requested). The cluster subnet group \(name) has no subnet in it.")
        }
        return requested
    }

    func save(_ db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO redshift_subnet_group (name, description, vpc_id, subnets, tags) VALUES (?, ?, ?, ?, ?)
            """, arguments: [name, description, vpcID, JSONWriter.compact(.list(subnetIDs.map(AWSValue.string))), tags.json])
    }

    func delete(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM redshift_subnet_group WHERE name = ?", arguments: [name])
    }

    /// The `ClusterSubnetGroup` structure in model order.
    func value(_ db: Database) throws -> AWSValue {
        let subnets = try Subnet.all(db).filter { subnetIDs.contains($0.id) }
        return .object([
            "ClusterSubnetGroupName": .string(name),
            "Description": .string(description),
            "VpcId": .string(vpcID),
            "SubnetGroupStatus": .string("Complete"),
            "Subnets": .list(subnetIDs.compactMap { id in subnets.first { $0.id == id } }.map {
                .object([
                    "SubnetIdentifier": .string($0.id),
                    "SubnetAvailabilityZone": .object(["Name": .string($0.availabilityZone)]),
                    "SubnetStatus": .string("Active"),
                ])
            }),
            "Tags": tags.value,
            "SupportedClusterIpAddressTypes": .list([.string("ipv4")]),
        ])
    }
}
