/// Table contents held in memory as the batches they arrived in (selections applied), each a
/// set of typed column vectors; a scan hands out the requested columns of each batch.
public struct InMemoryTableStorage: TableStorage {
    private let columnCount: Int
    private var batches: [Batch] = []

    public init(columnCount: Int) {
        self.columnCount = columnCount
    }

    public private(set) var rowCount = 0

    public mutating func append(_ batch: Batch) throws {
        let rows = batch.compacted()
        guard rows.columns.count == columnCount else {
            throw SQLError(SQLState.internalError,
                           "a batch of \(rows.columns.count) columns cannot go into a table of \(columnCount)")
        }
        guard rows.count > 0 else { return }
        batches.append(rows)
        rowCount += rows.count
    }

    public func scan(projection: [Int]) -> [Batch] {
        batches.compactMap { batch in
            try? Batch(columns: projection.map { batch.columns[$0] }, count: batch.count)
        }
    }

    public mutating func replaceContents(with batches: [Batch]) throws {
        self = InMemoryTableStorage(columnCount: columnCount)
        for batch in batches { try append(batch) }
    }
}
