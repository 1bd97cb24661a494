/// The node types create-cluster accepts, with the node counts each allows at creation
/// (reference §1.2): whether it can run as a single node, and its most nodes; and the capacity
/// the CloudWatch metrics measure against: vCPUs per node and storage per node in bytes (DC2's
/// local SSD, RA3's managed storage quota). ra3.large's figures (2 vCPUs, 8 TB) are not in the
/// reference and are unconfirmed.
struct NodeType {
    let name: String
    let allowsSingleNode: Bool
    let maxNodes: Int
    let vCPUs: Int
    let storagePerNode: Double
    /// The most nodes an elastic resize can reach: twice the create limit for ra3.xlplus and
    /// ra3.4xlarge, the create limit otherwise.
    var maxElasticNodes: Int { ["ra3.xlplus", "ra3.4xlarge"].contains(name) ? maxNodes * 2 : maxNodes }
    /// RA3 clusters take ports 5431–5455 and 8191–8215 only.
    var isRA3: Bool { name.hasPrefix("ra3.") }

    private static let terabyte = 1e12

    static let all = [
        NodeType(name: "dc2.large", allowsSingleNode: true, maxNodes: 32, vCPUs: 2, storagePerNode: 0.16 * terabyte),
        NodeType(name: "dc2.8xlarge", allowsSingleNode: false, maxNodes: 128, vCPUs: 32, storagePerNode: 2.56 * terabyte),
        NodeType(name: "ra3.large", allowsSingleNode: true, maxNodes: 16, vCPUs: 2, storagePerNode: 8 * terabyte),
        NodeType(name: "ra3.xlplus", allowsSingleNode: true, maxNodes: 16, vCPUs: 4, storagePerNode: 32 * terabyte),
        NodeType(name: "ra3.4xlarge", allowsSingleNode: false, maxNodes: 32, vCPUs: 12, storagePerNode: 128 * terabyte),
        NodeType(name: "ra3.16xlarge", allowsSingleNode: false, maxNodes: 128, vCPUs: 48, storagePerNode: 128 * terabyte),
    ]

    static func named(_ name: String) -> NodeType? { all.first { $0.name == name } }
}
