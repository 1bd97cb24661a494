/// resize-cluster and modify-cluster's node changes (reference §1.2): a classic resize may take
/// any node type and count create-cluster would accept; an elastic one keeps a multi-node
/// cluster multi-node, may change the node type only to RA3, and stays within half to twice the
/// node count (a quarter to four times for ra3.4xlarge and ra3.16xlarge).
struct ResizeRequest {
    let nodeType: NodeType
    let numberOfNodes: Int
    let classic: Bool

    init(_ cluster: Cluster, nodeType requestedType: String?, numberOfNodes requestedNodes: Int?,
         clusterType: String?, classic: Bool) throws {
        guard cluster.status == .available else {
            throw RedshiftErrors.invalidState("The specified cluster is not in the available state.")
        }
        let typeName = requestedType ?? cluster.nodeType
        guard let nodeType = NodeType.named(typeName) else { throw RedshiftErrors.invalidValue("Invalid node type: \(typeName)") }
        let nodes = requestedNodes ?? (clusterType == "single-node" ? 1 : cluster.numberOfNodes)
        guard nodeType.name != cluster.nodeType || nodes != cluster.numberOfNodes else {
            throw RedshiftErrors.invalidCombination("The cluster already has \(nodes) \(cluster.nodeType) node\(nodes == 1 ? "" : "s").")
        }
        if nodes == 1 {
            guard nodeType.allowsSingleNode else {
                throw RedshiftErrors.invalidCombination("Node type \(nodeType.name) is not supported for cluster type single-node.")
            }
        } else {
            guard nodes >= 2 else {
                throw RedshiftErrors.invalidCombination("Number of nodes for cluster type multi-node must be greater than or equal to 2")
            }
        }
        let limit = classic ? nodeType.maxNodes : nodeType.maxElasticNodes
        guard nodes <= limit else {
            throw ServiceError("NumberOfNodesPerClusterLimitExceeded",
                               "The number of nodes per cluster for \(nodeType.name) can not exceed \(limit).")
        }
        if !classic {
            guard cluster.numberOfNodes > 1, nodes > 1 else {
                throw ServiceError("UnsupportedOperation",
                                   "Elastic resize can't change a single-node cluster or make one. Use classic resize (--classic).")
            }
            guard nodeType.name == cluster.nodeType || nodeType.isRA3 else {
                throw ServiceError("UnsupportedOperation",
                                   "Elastic resize can change the node type only to an RA3 node type. Use classic resize (--classic).")
            }
            let factor = nodeType.name == cluster.nodeType && ["ra3.4xlarge", "ra3.16xlarge"].contains(nodeType.name) ? 4 : 2
            let range = max(2, (cluster.numberOfNodes + factor - 1) / factor)...(cluster.numberOfNodes * factor)
            guard nodeType.name != cluster.nodeType || range.contains(nodes) else {
                throw ServiceError("UnsupportedOperation",
                                   "Elastic resize of \(cluster.numberOfNodes) \(cluster.nodeType) nodes supports \(range.lowerBound) to "
                                   + "\(range.upperBound) nodes. Use classic resize (--classic) for \(nodes).")
            }
        }
        self.nodeType = nodeType
        numberOfNodes = nodes
        self.classic = classic
    }

    /// Starts the resize: the cluster is `resizing` (`stateDuration`), then has the new shape.
    func start(_ cluster: inout Cluster, _ world: WorldTransaction) throws {
        try ClusterOperations.transition(&cluster, to: .resizing, world)
        cluster.resizeTarget = (nodeType.name, numberOfNodes, classic)
        try cluster.save(world.db)
    }
}
