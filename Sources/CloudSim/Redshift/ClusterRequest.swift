/// create-cluster's validation (reference §1.4): every rule is checked before anything is
/// written, in the order Redshift reports them, with its error code and text.
struct ClusterRequest {
    let nodeType: NodeType
    let numberOfNodes: Int
    let port: Int

    init(_ request: OperationRequest) throws {
        try RedshiftErrors.validateIdentifier(request.string("ClusterIdentifier"), parameter: "ClusterIdentifier", maxLength: 63)
        guard let nodeType = NodeType.named(request.string("NodeType")) else {
            throw RedshiftErrors.invalidValue("Invalid node type: \(request.string("NodeType"))")
        }
        self.nodeType = nodeType
        numberOfNodes = try Self.nodeCount(request, nodeType)
        try Self.validateUsername(request.string("MasterUsername"))
        try Self.validatePassword(request.string("MasterUserPassword"))
        if let name = request["DBName"]?.stringValue {
            guard name == name.lowercased() else { throw RedshiftErrors.invalidValue("Only lowercase Database names are supported.") }
            guard !name.isEmpty, name.count <= 64, name.first!.isLetter,
                  name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                throw RedshiftErrors.invalidValue("The parameter DBName must start with a letter and contain only letters, digits and underscores.")
            }
        }
        port = request["Port"]?.integerValue ?? 5439
        if nodeType.isRA3 {
            guard (5431...5455).contains(port) || (8191...8215).contains(port) else {
                throw RedshiftErrors.invalidValue("The port number is not valid for RA3 node types. Valid ports are 5431-5455 and 8191-8215.")
            }
        } else if !(1150...65535).contains(port) {
            throw RedshiftErrors.invalidValue("The port number is not valid. Valid ports are between 1150 and 65535.")
        }
    }

    /// `--cluster-type` and `--number-of-nodes`: without a type, one node (the default) makes a
    /// single-node cluster and more make a multi-node one.
    private static func nodeCount(_ request: OperationRequest, _ nodeType: NodeType) throws -> Int {
        let nodes = request["NumberOfNodes"]?.integerValue
        let type = request["ClusterType"]?.stringValue ?? ((nodes ?? 1) > 1 ? "multi-node" : "single-node")
        switch type {
        case "single-node":
            guard nodes == nil || nodes == 1 else {
                throw RedshiftErrors.invalidCombination("Number of nodes for cluster type single-node must be 1")
            }
            guard nodeType.allowsSingleNode else {
                throw RedshiftErrors.invalidCombination("Node type \(nodeType.name) is not supported for cluster type single-node.")
            }
            return 1
        case "multi-node":
            guard let nodes, nodes >= 2 else {
                throw RedshiftErrors.invalidCombination("Number of nodes for cluster type multi-node must be greater than or equal to 2")
            }
            guard nodes <= nodeType.maxNodes else {
                throw ServiceError("NumberOfNodesPerClusterLimitExceeded",
                                   "The number of nodes per cluster for \(nodeType.name) can not exceed \(nodeType.maxNodes).")
            }
            return nodes
        default:
            throw RedshiftErrors.invalidValue("Invalid cluster type: \(type). Valid values are single-node and multi-node.")
        }
    }

    private static func validateUsername(_ name: String) throws {
        guard let first = name.unicodeScalars.first, first.isASCII, first.properties.isLowercase, name.count <= 128,
              name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isLowercase || ("0"..."9").contains($0) || "_+.@-".unicodeScalars.contains($0)) }),
              name != "public" else {
            throw RedshiftErrors.invalidValue("The parameter MasterUsername must start with a lowercase letter and contain only "
                                              + "lowercase letters, digits and the characters _+.@-.")
        }
    }

    private static func validatePassword(_ password: String) throws {
        let printable = password.unicodeScalars.allSatisfy { (33...126).contains($0.value) && !"/@\"'\\".unicodeScalars.contains($0) }
        guard printable else {
            throw RedshiftErrors.invalidValue("The parameter MasterUserPassword is not a valid password. Only printable ASCII "
                                              + "characters except for '/', '@', '\"', ' ', '\\', ''' may be used.")
        }
        let rules: [(Bool, String)] = [
            (password.count >= 8, "because it is shorter than 8 characters"),
            (password.count <= 64, "because it is longer than 64 characters"),
            (password.contains(where: \.isUppercase), "because it does not contain an uppercase letter"),
            (password.contains(where: \.isLowercase), "because it does not contain a lowercase letter"),
            (password.contains(where: \.isNumber), "because it does not contain a number"),
        ]
        if let broken = rules.first(where: { !$0.0 }) {
            throw RedshiftErrors.invalidValue("The parameter MasterUserPassword is not a valid password \(broken.1).")
        }
    }
}
