/// The node types create-cluster accepts, with the node counts each allows at creation
/// (reference §1.2): whether it can run as a single node, and its most nodes.
struct NodeType {
    let name: String
    let allowsSingleNode: Bool
    let maxNodes: Int
    /// The most nodes an elastic resize can reach: twice the create limit for ra3.xlplus and
    /// ra3.4xlarge, the create limit otherwise.
    var maxElasticNodes: Int { ["ra3.xlplus", "ra3.4xlarge"].contains(name) ? maxNodes * 2 : maxNodes }
    /// RA3 clusters take ports 5431–5455 and 8191–8215 only.
    var isRA3: Bool { name.hasPrefix("ra3.") }

    static let all = [
        NodeType(name: "dc2.large", allowsSingleNode: true, maxNodes: 32),
        NodeType(name: "dc2.8xlarge", allowsSingleNode: false, maxNodes: 128),
        NodeType(name: "ra3.large", allowsSingleNode: true, maxNodes: 16),
        NodeType(name: "ra3.xlplus", allowsSingleNode: true, maxNodes: 16),
        NodeType(name: "ra3.4xlarge", allowsSingleNode: false, maxNodes: 32),
        NodeType(name: "ra3.16xlarge", allowsSingleNode: false, maxNodes: 128),
    ]

    static func named(_ name: String) -> NodeType? { all.first { $0.name == name } }
}
