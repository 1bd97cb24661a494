import Foundation

/// create/describe/delete/pause/resume of clusters and their IAM roles.
enum ClusterOperations {
    @Sendable static func create(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let id = request.string("ClusterIdentifier")
        let validated = try ClusterRequest(request)
        let roles = (request["IamRoles"]?.listValue ?? []).compactMap(\.stringValue)
        try requireRoles(roles, world)
        let defaultRole = request["DefaultIamRoleArn"]?.stringValue
        if let defaultRole, !roles.contains(defaultRole) {
            throw RedshiftErrors.invalidCombination("The default IAM role \(defaultRole) must be one of the cluster's IAM roles.")
        }
        let vpc = try VPC.defaultVPC(world.db)
        let groups = try securityGroups(request, vpc: vpc, world)
        if try Cluster.find(id, world.db) != nil {
            throw ServiceError("ClusterAlreadyExists", "Cluster already exists")
        }
        let parameterGroup = try ParameterGroup.existing(request["ClusterParameterGroupName"]?.stringValue ?? ParameterGroup.defaultName,
                                                         world.db)
        let subnetGroup = try SubnetGroup.existing(request["ClusterSubnetGroupName"]?.stringValue ?? SubnetGroup.defaultName, world.db)
        let tags = request["Tags"]?.listValue ?? []
        try RedshiftTags.validate(tags)
        let zone = try subnetGroup.zone(for: request["AvailabilityZone"]?.stringValue, world.db)
        var cluster = Cluster(
            id: id, nodeType: validated.nodeType.name, numberOfNodes: validated.numberOfNodes,
            masterUsername: request.string("MasterUsername"), dbName: request["DBName"]?.stringValue ?? "dev",
            port: validated.port, status: .creating, statusSince: world.now, created: world.now,
            endpointID: Cluster.newEndpointID(),
            availabilityZone: zone, vpcID: vpc.id, securityGroups: groups, iamRoles: roles, defaultIAMRole: defaultRole,
            publiclyAccessible: request["PubliclyAccessible"]?.boolValue ?? false)
        cluster.parameterGroup = parameterGroup.name
        cluster.appliedParameters = try parameterGroup.userValues(world.db)
        cluster.subnetGroup = subnetGroup.name
        cluster.tags = RedshiftTags(list: tags)
        try cluster.save(world.db)
        try world.storage.createCluster(id)
        return try result(cluster, world)
    }

    @Sendable static func describe(_ request: OperationRequest) throws -> OperationResult {
        let db = request.world.db
        let clusters = try request["ClusterIdentifier"]?.stringValue.map { [try Cluster.existing($0, db)] } ?? Cluster.all(db)
        return OperationResult(.object(["Clusters": .list(try clusters.map {
            try $0.value(request.world)
        })]))
    }

    /// Exactly one of `--skip-final-cluster-snapshot` and `--final-cluster-snapshot-identifier`.
    @Sendable static func delete(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        var cluster = try Cluster.existing(request.string("ClusterIdentifier"), world.db)
        let skip = request["SkipFinalClusterSnapshot"]?.boolValue ?? false
        let finalSnapshot = request["FinalClusterSnapshotIdentifier"]?.stringValue
        switch (skip, finalSnapshot) {
        case (true, .some):
            throw RedshiftErrors.invalidCombination("FinalClusterSnapshotIdentifier must not be specified when SkipFinalClusterSnapshot is true.")
        case (false, .none):
            throw RedshiftErrors.invalidCombination("FinalClusterSnapshotIdentifier is required unless SkipFinalClusterSnapshot is specified.")
        default:
            break
        }
        guard cluster.status == .available || cluster.status == .paused else {
            throw RedshiftErrors.invalidState("There is an operation running on the Cluster. Please try to delete it at a later time.")
        }
        if let finalSnapshot { _ = try ClusterSnapshot.take(finalSnapshot, of: cluster, at: world.now, world) }
        try transition(&cluster, to: .deleting, world)
        return try result(cluster, world)
    }

    @Sendable static func pause(_ request: OperationRequest) throws -> OperationResult {
        var cluster = try Cluster.existing(request.string("ClusterIdentifier"), request.world.db)
        guard cluster.status == .available else {
            throw RedshiftErrors.invalidState("You can't pause cluster \(cluster.id) because it's not in the available state.")
        }
        try transition(&cluster, to: .pausing, request.world)
        return try result(cluster, request.world)
    }

    @Sendable static func resume(_ request: OperationRequest) throws -> OperationResult {
        var cluster = try Cluster.existing(request.string("ClusterIdentifier"), request.world.db)
        guard cluster.status == .paused else {
            throw RedshiftErrors.invalidState("You can't resume cluster \(cluster.id) because it's not in the paused state.")
        }
        try transition(&cluster, to: .resuming, request.world)
        return try result(cluster, request.world)
    }

    /// Roles are associated at once (`in-sync`); a paused or changing cluster cannot be modified.
    @Sendable static func modifyIAMRoles(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        var cluster = try Cluster.existing(request.string("ClusterIdentifier"), world.db)
        guard cluster.status == .available else {
            throw RedshiftErrors.invalidState("The specified cluster is not in the available state.")
        }
        let added = (request["AddIamRoles"]?.listValue ?? []).compactMap(\.stringValue)
        let removed = (request["RemoveIamRoles"]?.listValue ?? []).compactMap(\.stringValue)
        try requireRoles(added, world)
        for role in removed where !cluster.iamRoles.contains(role) {
            throw RedshiftErrors.invalidValue("The IAM role \(role) is not associated with cluster \(cluster.id).")
        }
        cluster.iamRoles = cluster.iamRoles.filter { !removed.contains($0) } + added.filter { !cluster.iamRoles.contains($0) }
        if let role = cluster.defaultIAMRole, removed.contains(role) { cluster.defaultIAMRole = nil }
        if let role = request["DefaultIamRoleArn"]?.stringValue {
            guard cluster.iamRoles.contains(role) else {
                throw RedshiftErrors.invalidCombination("The default IAM role \(role) must be one of the cluster's IAM roles.")
            }
            cluster.defaultIAMRole = role
        }
        guard cluster.iamRoles.count <= 50 else {
            throw ServiceError("ClusterIamRoleQuotaExceeded", "You have exceeded the number of IAM roles allowed for a cluster.")
        }
        try cluster.save(world.db)
        return try result(cluster, world)
    }

    /// `--vpc-security-group-ids`, each of which must exist; the VPC's `default` group without it.
    static func securityGroups(_ request: OperationRequest, vpc: VPC, _ world: WorldTransaction) throws -> [String] {
        let groups = (request["VpcSecurityGroupIds"]?.listValue ?? []).compactMap(\.stringValue)
        for group in groups where (try? SecurityGroup.existing(id: group, world.db)) == nil {
            throw RedshiftErrors.invalidValue("The security group '\(group)' does not exist")
        }
        if groups.isEmpty, let defaultGroup = try SecurityGroup.find(name: "default", vpcID: vpc.id, world.db) {
            return [defaultGroup.id]
        }
        return groups
    }

    /// Roles must exist in IAM before a cluster can use them.
    static func requireRoles(_ roles: [String], _ world: WorldTransaction) throws {
        for role in roles where try IAMRole.find(arn: role, account: world.account, world.db) == nil {
            throw RedshiftErrors.invalidValue("IAM role \(role) is not valid or does not exist.")
        }
    }

    static func transition(_ cluster: inout Cluster, to status: ClusterStatus, _ world: WorldTransaction) throws {
        try ClusterUsage.close(cluster, at: world.now, world.db)
        cluster.status = status
        cluster.statusSince = world.now
        try cluster.save(world.db)
    }

    static func result(_ cluster: Cluster, _ world: WorldTransaction) throws -> OperationResult {
        OperationResult(.object(["Cluster": try cluster.value(world)]))
    }
}
