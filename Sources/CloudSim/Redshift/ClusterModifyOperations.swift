/// modify-cluster, resize-cluster and reboot-cluster.
enum ClusterModifyOperations {
    /// Node changes make a classic resize; a new parameter group waits for a reboot; security
    /// groups apply at once. Everything is validated before anything changes.
    @Sendable static func modify(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        var cluster = try Cluster.existing(request.string("ClusterIdentifier"), world.db)
        guard cluster.status == .available else {
            throw RedshiftErrors.invalidState("The specified cluster is not in the available state.")
        }
        let nodeType = request["NodeType"]?.stringValue
        let nodes = request["NumberOfNodes"]?.integerValue
        let clusterType = request["ClusterType"]?.stringValue
        let resize = nodeType == nil && nodes == nil && clusterType == nil ? nil
            : try ResizeRequest(cluster, nodeType: nodeType, numberOfNodes: nodes, clusterType: clusterType, classic: true)
        if let name = request["ClusterParameterGroupName"]?.stringValue {
            let group = try ParameterGroup.existing(name, world.db)
            if group.name != cluster.parameterGroup {
                cluster.parameterGroup = group.name
                cluster.parameterApplyStatus = "pending-reboot"
            }
        }
        if request["VpcSecurityGroupIds"] != nil {
            cluster.securityGroups = try ClusterOperations.securityGroups(request, vpc: VPC.defaultVPC(world.db), world)
        }
        try cluster.save(world.db)
        try resize?.start(&cluster, world)
        return try ClusterOperations.result(cluster, world)
    }

    /// An elastic resize unless `--classic`.
    @Sendable static func resize(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        var cluster = try Cluster.existing(request.string("ClusterIdentifier"), world.db)
        let resize = try ResizeRequest(cluster, nodeType: request["NodeType"]?.stringValue,
                                       numberOfNodes: request["NumberOfNodes"]?.integerValue,
                                       clusterType: request["ClusterType"]?.stringValue,
                                       classic: request["Classic"]?.boolValue ?? false)
        try resize.start(&cluster, world)
        return try ClusterOperations.result(cluster, world)
    }

    /// A reboot applies the parameter group's current values.
    @Sendable static func reboot(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        var cluster = try Cluster.existing(request.string("ClusterIdentifier"), world.db)
        guard cluster.status == .available else {
            throw RedshiftErrors.invalidState("The specified cluster is not in the available state.")
        }
        cluster.appliedParameters = try ParameterGroup.existing(cluster.parameterGroup, world.db).userValues(world.db)
        cluster.parameterApplyStatus = "in-sync"
        try ClusterOperations.transition(&cluster, to: .rebooting, world)
        return try ClusterOperations.result(cluster, world)
    }
}
