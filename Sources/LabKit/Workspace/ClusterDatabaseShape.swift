import Warehouse

/// A cluster's node type and count: what its database's slices follow (dc2.large has two
/// slices per node). The one place a cluster's `Database` is built, at creation, on every open
/// and after a resize, so that slices reach every cluster database through here once the engine
/// takes a shape (`Database(shape:)`).
public struct ClusterDatabaseShape: Sendable, Equatable {
    public let nodeType: String
    public let numberOfNodes: Int

    public init(nodeType: String, numberOfNodes: Int) {
        self.nodeType = nodeType
        self.numberOfNodes = numberOfNodes
    }

    /// The `--scratch` database behaves as a 2-node dc2.large cluster (4 slices).
    public static let scratch = ClusterDatabaseShape(nodeType: "dc2.large", numberOfNodes: 2)

    /// An empty database of this shape; the engine does not take a shape yet.
    public func makeDatabase() -> Database {
        Database()
    }
}
