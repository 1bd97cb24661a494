/// create-cluster-snapshot and describe-cluster-snapshots.
enum SnapshotOperations {
    @Sendable static func create(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let cluster = try Cluster.existing(request.string("ClusterIdentifier"), world.db)
        guard cluster.status == .available else {
            throw RedshiftErrors.invalidState("The specified cluster is not in the available state.")
        }
        let snapshot = try ClusterSnapshot.take(request.string("SnapshotIdentifier"), of: cluster, at: world.now, world)
        return OperationResult(.object(["Snapshot": snapshot.value(account: world.account)]))
    }

    @Sendable static func describe(_ request: OperationRequest) throws -> OperationResult {
        let db = request.world.db
        let clusterID = request["ClusterIdentifier"]?.stringValue
        let snapshotID = request["SnapshotIdentifier"]?.stringValue
        let snapshots = try ClusterSnapshot.matching(cluster: clusterID, snapshot: snapshotID, db)
        if let snapshotID, snapshots.isEmpty { throw RedshiftErrors.snapshotNotFound(snapshotID) }
        return OperationResult(.object(["Snapshots": .list(snapshots.map { $0.value(account: request.world.account) })]))
    }
}

/// restore-from-cluster-snapshot and delete-cluster-snapshot.
enum SnapshotRestoreOperations {
    /// A new cluster with the snapshot's node type, count, database and master user, and its
    /// database's contents as the snapshot copied them; `creating` until available, like a new one.
    @Sendable static func restore(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let id = request.string("ClusterIdentifier")
        try RedshiftErrors.validateIdentifier(id, parameter: "ClusterIdentifier", maxLength: 63)
        let snapshot = try ClusterSnapshot.existing(request.string("SnapshotIdentifier"), world.db)
        if try Cluster.find(id, world.db) != nil { throw ServiceError("ClusterAlreadyExists", "Cluster already exists") }
        let vpc = try VPC.defaultVPC(world.db)
        var groups = (request["VpcSecurityGroupIds"]?.listValue ?? []).compactMap(\.stringValue)
        for group in groups where (try? SecurityGroup.existing(id: group, world.db)) == nil {
            throw RedshiftErrors.invalidValue("The security group '\(group)' does not exist")
        }
        if groups.isEmpty, let defaultGroup = try SecurityGroup.find(name: "default", vpcID: vpc.id, world.db) {
            groups = [defaultGroup.id]
        }
        let parameterGroup = try ParameterGroup.existing(request["ClusterParameterGroupName"]?.stringValue ?? ParameterGroup.defaultName,
                                                         world.db)
        let subnetGroup = try SubnetGroup.existing(request["ClusterSubnetGroupName"]?.stringValue ?? SubnetGroup.defaultName, world.db)
        let zone = try subnetGroup.zone(for: request["AvailabilityZone"]?.stringValue, world.db)
        let roles = (request["IamRoles"]?.listValue ?? []).compactMap(\.stringValue)
        try ClusterOperations.requireRoles(roles, world)
        var cluster = Cluster(
            id: id, nodeType: snapshot.nodeType, numberOfNodes: snapshot.numberOfNodes, masterUsername: snapshot.masterUsername,
            dbName: snapshot.dbName, port: request["Port"]?.integerValue ?? snapshot.port, status: .creating,
            statusSince: world.now, created: world.now, endpointID: Cluster.newEndpointID(), availabilityZone: zone,
            vpcID: vpc.id, securityGroups: groups, iamRoles: roles, defaultIAMRole: nil,
            publiclyAccessible: request["PubliclyAccessible"]?.boolValue ?? false)
        cluster.parameterGroup = parameterGroup.name
        cluster.appliedParameters = try parameterGroup.userValues(world.db)
        cluster.subnetGroup = subnetGroup.name
        try cluster.save(world.db)
        try world.storage.restore(snapshot: snapshot.id, into: id)
        return try ClusterOperations.result(cluster, world)
    }

    @Sendable static func delete(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let snapshot = try ClusterSnapshot.existing(request.string("SnapshotIdentifier"), world.db)
        let value = snapshot.value(account: world.account)
        try snapshot.delete(world)
        return OperationResult(.object(["Snapshot": value]))
    }
}
