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
        let groups = try ClusterOperations.securityGroups(request, vpc: vpc, world)
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
