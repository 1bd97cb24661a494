/// The unit operators pass to each other: a few thousand rows as typed column vectors of equal
/// length, and optionally the subset of rows still selected.
public struct Batch: Sendable {
    /// Rows per batch the operators aim for: large enough to amortise per-batch dispatch, small
    /// enough for a batch's columns to stay in cache.
    public static let preferredRowCount = 2048

    public private(set) var columns: [ColumnVector]
    /// The number of physical rows in every column.
    public let count: Int
    /// The rows in play; nil means all `count` rows.
    public var selection: SelectionVector?

    public init(columns: [ColumnVector], count: Int, selection: SelectionVector? = nil) throws {
        guard columns.allSatisfy({ $0.count == count }) else {
            throw SQLError(SQLState.internalError, "batch columns differ in length from the batch's \(count) rows")
        }
        if let selection, selection.indices.contains(where: { Int($0) >= count }) {
            throw SQLError(SQLState.internalError, "selection names a row beyond the batch's \(count) rows")
        }
        self.columns = columns
        self.count = count
        self.selection = selection
    }

    /// The number of rows in play.
    public var activeCount: Int { selection?.count ?? count }

    /// The batch with its selected rows copied out, so every physical row is in play.
    public func compacted() -> Batch {
        guard let selection else { return self }
        let gathered = columns.map { $0.gathered(selection) }
        return Batch(unchecked: gathered, count: selection.count)
    }

    /// Rows `range` of the batch (ignoring the selection), for splitting large inputs.
    public func sliced(_ range: Range<Int>) -> Batch {
        let clamped = range.clamped(to: 0..<count)
        return Batch(unchecked: columns.map { $0.sliced(clamped) }, count: clamped.count)
    }

    private init(unchecked columns: [ColumnVector], count: Int) {
        self.columns = columns
        self.count = count
        selection = nil
    }
}
