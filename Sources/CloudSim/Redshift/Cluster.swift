import Foundation
import GRDB

/// A provisioned cluster row: its configuration and where it is in its life (`status`, since when).
struct Cluster {
    let id: String
    var nodeType: String
    var numberOfNodes: Int
    let masterUsername: String
    let dbName: String
    let port: Int
    var status: ClusterStatus
    var statusSince: Date
    let created: Date
    /// The random part of the endpoint address, `ID.<endpointID>.us-east-1.redshift.amazonaws.com`.
    let endpointID: String
    let availabilityZone: String
    let vpcID: String
    var securityGroups: [String]
    var iamRoles: [String]
    var defaultIAMRole: String?
    let publiclyAccessible: Bool
    var parameterGroup = ParameterGroup.defaultName
    /// `in-sync`, or `pending-reboot` while the parameter group's values wait for a reboot.
    var parameterApplyStatus = "in-sync"
    /// The parameter group's values the cluster runs with: those it had at creation or its last
    /// reboot (static changes wait for a reboot), only the ones that differ from the defaults.
    var appliedParameters: [String: String] = [:]
    var subnetGroup = "default"
    var tags = RedshiftTags()
    /// The shape a `resizing` cluster takes when the resize completes.
    var resizeTarget: (nodeType: String, numberOfNodes: Int, classic: Bool)?

    init(id: String, nodeType: String, numberOfNodes: Int, masterUsername: String, dbName: String, port: Int,
         status: ClusterStatus, statusSince: Date, created: Date, endpointID: String, availabilityZone: String,
         vpcID: String, securityGroups: [String], iamRoles: [String], defaultIAMRole: String?, publiclyAccessible: Bool) {
        self.id = id
        self.nodeType = nodeType
        self.numberOfNodes = numberOfNodes
        self.masterUsername = masterUsername
        self.dbName = dbName
        self.port = port
        self.status = status
        self.statusSince = statusSince
        self.created = created
        self.endpointID = endpointID
        self.availabilityZone = availabilityZone
        self.vpcID = vpcID
        self.securityGroups = securityGroups
        self.iamRoles = iamRoles
        self.defaultIAMRole = defaultIAMRole
        self.publiclyAccessible = publiclyAccessible
    }

    private init(row: Row) {
        self.init(id: row["id"], nodeType: row["node_type"], numberOfNodes: row["number_of_nodes"],
                  masterUsername: row["master_username"], dbName: row["db_name"], port: row["port"],
                  status: ClusterStatus(rawValue: row["status"]) ?? .available,
                  statusSince: Date(timeIntervalSince1970: row["status_since"]),
                  created: Date(timeIntervalSince1970: row["created"]), endpointID: row["endpoint_id"],
                  availabilityZone: row["availability_zone"], vpcID: row["vpc_id"],
                  securityGroups: Self.list(row["security_groups"]), iamRoles: Self.list(row["iam_roles"]),
                  defaultIAMRole: row["default_iam_role"], publiclyAccessible: row["publicly_accessible"])
        parameterGroup = row["parameter_group"]
        parameterApplyStatus = row["parameter_apply_status"]
        appliedParameters = Self.dictionary(row["applied_parameters"])
        subnetGroup = row["subnet_group"]
        tags = RedshiftTags(json: row["tags"])
        if let type: String = row["resize_node_type"], let nodes: Int = row["resize_number_of_nodes"] {
            resizeTarget = (type, nodes, row["resize_classic"])
        }
    }

    private static func list(_ json: String) -> [String] {
        ((try? JSONReader.parse(json))?.listValue ?? []).compactMap(\.stringValue)
    }

    private static func dictionary(_ json: String) -> [String: String] {
        var values: [String: String] = [:]
        for member in (try? JSONReader.parse(json))?.members ?? [] { values[member.name] = member.value.stringValue }
        return values
    }

    private static func json(_ values: [String: String]) -> String {
        JSONWriter.compact(.object(values.sorted { $0.key < $1.key }.map { AWSValue.Member($0.key, .string($0.value)) }))
    }

    private static func json(_ list: [String]) -> String {
        JSONWriter.compact(.list(list.map(AWSValue.string)))
    }

    static func find(_ id: String, _ db: Database) throws -> Cluster? {
        try Row.fetchOne(db, sql: "SELECT * FROM redshift_cluster WHERE id = ?", arguments: [id]).map(Cluster.init(row:))
    }

    /// The cluster, or Redshift's `ClusterNotFound`.
    static func existing(_ id: String, _ db: Database) throws -> Cluster {
        guard let cluster = try find(id, db) else { throw RedshiftErrors.clusterNotFound(id) }
        return cluster
    }

    static func all(_ db: Database) throws -> [Cluster] {
        try Row.fetchAll(db, sql: "SELECT * FROM redshift_cluster ORDER BY id").map(Cluster.init(row:))
    }

    /// Whether any cluster uses security group `groupID` (EC2 then refuses to delete it).
    static func usesSecurityGroup(_ groupID: String, _ db: Database) throws -> Bool {
        try all(db).contains { $0.securityGroups.contains(groupID) }
    }

    func save(_ db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO redshift_cluster (id, node_type, number_of_nodes, master_username, db_name, port, status,
                status_since, created, endpoint_id, availability_zone, vpc_id, security_groups, iam_roles, default_iam_role,
                publicly_accessible, parameter_group, parameter_apply_status, applied_parameters, subnet_group, tags, resize_node_type,
                resize_number_of_nodes, resize_classic)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, nodeType, numberOfNodes, masterUsername, dbName, port, status.rawValue,
                             statusSince.timeIntervalSince1970, created.timeIntervalSince1970, endpointID, availabilityZone,
                             vpcID, Self.json(securityGroups), Self.json(iamRoles), defaultIAMRole, publiclyAccessible,
                             parameterGroup, parameterApplyStatus, Self.json(appliedParameters), subnetGroup, tags.json, resizeTarget?.nodeType,
                             resizeTarget?.numberOfNodes, resizeTarget?.classic ?? false])
    }

    func delete(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM redshift_cluster WHERE id = ?", arguments: [id])
    }

    /// How long the cluster stays in its current state, for transitional states: a classic resize
    /// copies every table to a new cluster and takes hours (two here), an elastic one minutes.
    var stateDuration: TimeInterval? {
        if status == .resizing, resizeTarget?.classic == true { return 7_200 }
        return status.duration
    }

    /// The random part of a new cluster's endpoint address.
    static func newEndpointID() -> String {
        String((0..<12).map { _ in "abcdefghijklmnopqrstuvwxyz0123456789".randomElement() ?? "a" })
    }

    var endpointAddress: String { "\(id).\(endpointID).\(Account.defaultRegion).redshift.amazonaws.com" }

    /// The `Cluster` structure in model order. There is no endpoint until the cluster has
    /// first become available.
    func value(_ world: WorldTransaction) throws -> AWSValue {
        let account = world.account
        let region = world.region
        let parameterStatus = try ParameterGroup.existing(parameterGroup, world.db).statusList(applied: appliedParameters, world.db)
        let hasEndpoint = status != .creating
        return .object([
            "ClusterIdentifier": .string(id),
            "NodeType": .string(nodeType),
            "ClusterStatus": .string(status.rawValue),
            "ClusterAvailabilityStatus": .string(status.availabilityStatus),
            "MasterUsername": .string(masterUsername),
            "DBName": .string(dbName),
            "Endpoint": hasEndpoint ? .object(["Address": .string(endpointAddress), "Port": .integer(port)]) : nil,
            "ClusterCreateTime": .string(WorldTime.s3Timestamp(created)),  // Redshift, like S3, sends milliseconds
            "AutomatedSnapshotRetentionPeriod": .integer(1),
            "ManualSnapshotRetentionPeriod": .integer(-1),
            "ClusterSecurityGroups": .list([]),
            "VpcSecurityGroups": .list(securityGroups.map {
                .object(["VpcSecurityGroupId": .string($0), "Status": .string("active")])
            }),
            "ClusterParameterGroups": .list([.object([
                "ParameterGroupName": .string(parameterGroup),
                "ParameterApplyStatus": .string(parameterApplyStatus),
                "ClusterParameterStatusList": parameterStatus,
            ])]),
            "ClusterSubnetGroupName": .string(subnetGroup),
            "VpcId": .string(vpcID),
            "AvailabilityZone": .string(availabilityZone),
            "PreferredMaintenanceWindow": .string("sat:05:00-sat:05:30"),
            "PendingModifiedValues": resizeTarget.map {
                .object(["NodeType": .string($0.nodeType), "NumberOfNodes": .integer($0.numberOfNodes)])
            } ?? .object([]),
            "ClusterVersion": .string("1.0"),
            "AllowVersionUpgrade": .bool(true),
            "NumberOfNodes": .integer(numberOfNodes),
            "PubliclyAccessible": .bool(publiclyAccessible),
            "Encrypted": .bool(true),
            "Tags": tags.value,
            "EnhancedVpcRouting": .bool(false),
            "IamRoles": .list(iamRoles.map { .object(["IamRoleArn": .string($0), "ApplyStatus": .string("in-sync")]) }),
            "MaintenanceTrackName": .string("current"),
            "DefaultIamRoleArn": defaultIAMRole.map(AWSValue.string),
            "ClusterNamespaceArn": .string("arn:aws:redshift:\(region):\(account.id):namespace:\(endpointID)"),
            "MultiAZ": .string("Disabled"),
        ])
    }
}
