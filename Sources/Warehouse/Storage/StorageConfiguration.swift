/// What a database's storage is built from: the cluster shape and the block size. Redshift's
/// blocks are 1 MB; tests choose smaller blocks so that a few thousand rows span many of them.
public struct StorageConfiguration: Sendable, Hashable {
    public static let redshiftBlockBytes = 1 << 20

    public var shape: ClusterShape
    public var blockBytes: Int

    public static let scratch = StorageConfiguration(shape: .scratch)

    public init(shape: ClusterShape, blockBytes: Int = StorageConfiguration.redshiftBlockBytes) {
        self.shape = shape
        self.blockBytes = max(blockBytes, 16)
    }
}
