/// One table's rows on one slice. Each column is a chain of blocks covering slice rows
/// 0..<rowCount in order (columns keep their own block boundaries, as widths differ); rows
/// 0..<sortedRowCount are the sorted region and the rest the unsorted region, which later
/// loads append to. Deletion marks live in their own chain.
struct SliceStorage: Sendable {
    var columns: [[StorageBlock]]
    var deletions: [DeletionBlock] = []
    private(set) var rowCount = 0
    private(set) var sortedRowCount = 0

    init(columnCount: Int) {
        columns = Array(repeating: [], count: columnCount)
    }

    /// A slice as a database file keeps it.
    init(columns: [[StorageBlock]], deletions: [DeletionBlock], rowCount: Int, sortedRowCount: Int) {
        self.columns = columns
        self.deletions = deletions
        self.rowCount = rowCount
        self.sortedRowCount = sortedRowCount
    }

    var deletedCount: Int { deletions.reduce(0) { $0 + $1.deletedCount } }

    /// Adds `rows` after the existing rows, extending the sorted region when `sorted`. A block
    /// that still has room in the same region is rewritten with the new rows after its own,
    /// so many small INSERTs do not leave a block per statement.
    mutating func append(_ rows: Batch, sorted: Bool, blockBytes: Int, encodings: [ColumnEncoding]) throws {
        guard rows.count > 0 else { return }
        guard !sorted || sortedRowCount == rowCount else {
            throw SQLError(SQLState.internalError, "sorted rows cannot follow the unsorted region")
        }
        let regionStart = sorted ? 0 : sortedRowCount
        for column in columns.indices {
            var chain = columns[column]
            columns[column] = []
            var vector = rows.columns[column]
            var firstRow = rowCount
            // Fill the region's last block first: in place while the new rows fit a RAW block,
            // else (an encoded block, or no room) its rows and the new ones are sealed afresh.
            if let last = chain.last, last.firstRow >= regionStart, last.isOpen(blockBytes: blockBytes) {
                if last.isRaw,
                   StoredWidth.rowsFitting(vector, from: 0, bytes: blockBytes - last.storedBytes, atLeastOne: false) == vector.count {
                    chain.append(try StorageBlock.appending(vector, to: chain.removeLast()))
                    columns[column] = chain
                    continue
                }
                var builder = ColumnBuilder(continuing: try chain.removeLast().values())
                try builder.append(vector)
                vector = builder.build()
                firstRow = last.firstRow
            }
            chain += try StorageBlock.sealed(vector, firstRow: firstRow, encoding: encodings[column], blockBytes: blockBytes)
            columns[column] = chain
        }
        extendDeletions(by: rows.count, capacity: DeletionBlock.capacity(blockBytes: blockBytes))
        rowCount += rows.count
        if sorted { sortedRowCount = rowCount }
    }

    private mutating func extendDeletions(by count: Int, capacity: Int) {
        var remaining = count
        if let last = deletions.last, last.rowCount < capacity {
            let extra = min(capacity - last.rowCount, remaining)
            deletions[deletions.count - 1] = last.extended(by: extra)
            remaining -= extra
        }
        while remaining > 0 {
            let size = min(capacity, remaining)
            deletions.append(DeletionBlock(firstRow: (deletions.last.map { $0.firstRow + $0.rowCount }) ?? 0, rowCount: size))
            remaining -= size
        }
    }

    /// Marks slice rows deleted; returns how many were live.
    mutating func markDeleted(_ rows: [Int]) -> Int {
        var count = 0
        for row in rows where row >= 0 && row < rowCount {
            let block = deletionBlockIndex(row)
            if deletions[block].markDeleted(row) { count += 1 }
        }
        return count
    }

    private func deletionBlockIndex(_ row: Int) -> Int {
        var low = 0, high = deletions.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if deletions[middle].firstRow <= row { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The live rows among `range`, or nil when none of them is deleted.
    func liveRows(in range: Range<Int>) -> SelectionVector? {
        let touched = deletions.filter { $0.deletedCount > 0 && $0.firstRow < range.upperBound && $0.firstRow + $0.rowCount > range.lowerBound }
        guard !touched.isEmpty else { return nil }
        var live: [UInt32] = []
        live.reserveCapacity(range.count)
        var blockIndex = 0
        for row in range {
            while blockIndex < touched.count, touched[blockIndex].firstRow + touched[blockIndex].rowCount <= row { blockIndex += 1 }
            if blockIndex < touched.count, touched[blockIndex].firstRow <= row, touched[blockIndex].isDeleted(row) { continue }
            live.append(UInt32(row - range.lowerBound))
        }
        return SelectionVector(live)
    }

    /// Column `column` over each of `ranges` (ascending, within the slice); each block the
    /// ranges touch is decoded at most once (`StorageBlock.values()` keeps it).
    func read(column: Int, ranges: [Range<Int>], type: DataType) throws -> [ColumnVector] {
        var result: [ColumnVector] = []
        result.reserveCapacity(ranges.count)
        let chain = columns[column]
        var blockIndex = 0
        for range in ranges {
            var pieces: [ColumnVector] = []
            var row = range.lowerBound
            while row < range.upperBound {
                while chain[blockIndex].rows.upperBound <= row { blockIndex += 1 }
                let block = chain[blockIndex]
                let values = try block.values()
                let end = min(range.upperBound, block.rows.upperBound)
                pieces.append(values.sliced(row - block.firstRow..<end - block.firstRow))
                row = end
            }
            if pieces.count == 1 {
                result.append(pieces[0])
            } else {
                var builder = ColumnBuilder(type: type)
                try builder.append(contentsOf: pieces)
                result.append(builder.build())
            }
        }
        return result
    }

    /// Every row of the slice (deleted ones included) as one batch, with the deletion marks.
    func allRows(types: [DataType]) throws -> (rows: Batch, deleted: [Bool]) {
        let columns = try types.indices.map { column in
            try read(column: column, ranges: rowCount > 0 ? [0..<rowCount] : [], type: types[column]).first
                ?? ColumnVector(uncheckedType: types[column], storage: ColumnStorage(emptyFor: types[column]))
        }
        var deleted = [Bool](repeating: false, count: rowCount)
        for block in deletions where block.deletedCount > 0 {
            for row in block.firstRow..<block.firstRow + block.rowCount where block.isDeleted(row) { deleted[row] = true }
        }
        return (try Batch(columns: columns, count: rowCount), deleted)
    }
}
