/// The rows of a batch still in play, as ascending row indices: a filter narrows a batch by
/// producing one instead of copying every column.
public struct SelectionVector: Sendable, Equatable {
    public var indices: [UInt32]

    public init(_ indices: [UInt32]) {
        self.indices = indices
    }

    /// Every row of a batch of `count` rows.
    public init(all count: Int) {
        indices = (0..<UInt32(clamping: count)).map { $0 }
    }

    public var count: Int { indices.count }
    public var isEmpty: Bool { indices.isEmpty }
}
