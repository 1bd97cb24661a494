/// The hardware a database runs on: its node type and node count, which fix how many slices
/// hold each table's rows. Redshift splits every compute node into slices (reference 1.2); the
/// slice count is what distribution and parallel scans are about.
public struct ClusterShape: Sendable, Hashable {
    public let nodeType: String
    public let nodeCount: Int
    public let slicesPerNode: Int

    /// A 2-node dc2.large cluster (4 slices): what `lab sql --scratch` and the labs' cluster are.
    public static let scratch = ClusterShape(checkedNodeType: "dc2.large", nodeCount: 2, slicesPerNode: 2)

    /// Default slices per node of each node type Redshift documents (after create or classic resize).
    public static let slicesPerNodeByType: [String: Int] = [
        "dc2.large": 2, "dc2.8xlarge": 16, "ra3.large": 2, "ra3.xlplus": 2, "ra3.4xlarge": 4, "ra3.16xlarge": 16,
        "ds2.xlarge": 2, "ds2.8xlarge": 16, "dc1.large": 2, "dc1.8xlarge": 32,
    ]

    /// A shape for `nodeType` with `nodeCount` compute nodes; fails for a node type Redshift
    /// does not have or a node count outside 1...128.
    public init(nodeType: String, nodeCount: Int) throws(SQLError) {
        guard let slices = Self.slicesPerNodeByType[nodeType] else {
            throw SQLError(SQLState.invalidParameterValue, "Invalid node type: \(nodeType)")
        }
        guard (1...128).contains(nodeCount) else {
            throw SQLError(SQLState.invalidParameterValue, "Invalid number of nodes: \(nodeCount)")
        }
        self.init(checkedNodeType: nodeType, nodeCount: nodeCount, slicesPerNode: slices)
    }

    private init(checkedNodeType nodeType: String, nodeCount: Int, slicesPerNode: Int) {
        self.nodeType = nodeType
        self.nodeCount = nodeCount
        self.slicesPerNode = slicesPerNode
    }

    public var sliceCount: Int { nodeCount * slicesPerNode }

    /// The node slice `slice` belongs to (slices are numbered across the cluster from 0).
    public func node(of slice: Int) -> Int { slice / slicesPerNode }

    /// The first slice of each node: where a DISTSTYLE ALL table keeps its copies.
    public var firstSliceOfEachNode: [Int] { (0..<nodeCount).map { $0 * slicesPerNode } }
}
