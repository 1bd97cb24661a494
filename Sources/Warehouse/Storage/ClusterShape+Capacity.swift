/// How much a cluster can store: what SVV_TABLE_INFO.pct_used measures a table against.
extension ClusterShape {
    /// Storage per node of each node type (reference 1.2; RA3's managed storage limit), in GB.
    private static let gigabytesPerNodeByType: [String: Int] = [
        "dc2.large": 160, "dc2.8xlarge": 2_560, "ra3.large": 1_000, "ra3.xlplus": 32_000, "ra3.4xlarge": 128_000,
        "ra3.16xlarge": 128_000, "ds2.xlarge": 2_000, "ds2.8xlarge": 16_000, "dc1.large": 160, "dc1.8xlarge": 2_560,
    ]

    /// The bytes the cluster's nodes hold together. A single-node ra3.xlplus is limited to 4 TB.
    public var capacityBytes: Int {
        let perNode = nodeType == "ra3.xlplus" && nodeCount == 1 ? 4_000 : Self.gigabytesPerNodeByType[nodeType] ?? 160
        return perNode * nodeCount * 1_000_000_000
    }
}
