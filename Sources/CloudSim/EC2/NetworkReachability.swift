/// Whether a client may open a TCP connection to a resource (a Redshift cluster) through its
/// VPC security groups. Security groups are allow-only and stateful: a connection is allowed
/// when any ingress rule of any of the resource's groups allows TCP on the port from the
/// client's address, or from a group the client belongs to.
public enum NetworkReachability {
    /// Can a client at IPv4 `address` (member of `clientGroups`) reach TCP `port` on a resource
    /// with `securityGroups`? Throws EC2's `InvalidGroup.NotFound` for an unknown group id.
    public static func canReach(client address: String, clientGroups: [String] = [], port: Int,
                                securityGroups: [String], in world: WorldTransaction) throws -> Bool {
        guard let client = IPAddressRange(address) else { return false }
        for groupID in securityGroups {
            let group = try SecurityGroup.existing(id: groupID, world.db)
            for rule in try SecurityGroupRule.all(of: group.id, world.db) where !rule.isEgress {
                guard rule.protocol == "-1" || (rule.protocol == "tcp" && (rule.fromPort ?? 0)...(rule.toPort ?? 0) ~= port)
                else { continue }
                if let cidr = rule.cidr, let range = IPAddressRange(cidr), range.contains(client) { return true }
                if let source = rule.sourceGroupID, clientGroups.contains(source) { return true }
            }
        }
        return false
    }
}
