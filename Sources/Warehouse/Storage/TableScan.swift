import Dispatch

/// What a scan asks of a table: the columns it reads, the zone-map tests that let it skip
/// blocks, and whether each row's ID follows the columns (for DELETE and UPDATE).
public struct ScanRequest: Sendable {
    public var projection: [Int]
    public var predicates: [BlockPredicate]
    public var withRowID: Bool

    public init(projection: [Int], predicates: [BlockPredicate] = [], withRowID: Bool = false) {
        self.projection = projection
        self.predicates = predicates
        self.withRowID = withRowID
    }
}

/// What a scan did: blocks it read and blocks its zone maps let it skip (counted per column
/// read, as STL_SCAN and SVL_QUERY_SUMMARY count them), rows in the blocks it read, and the
/// deleted rows among them that it dropped.
public struct ScanCounters: Sendable, Hashable {
    public var blocksRead = 0
    public var blocksSkipped = 0
    public var rowsRead = 0
    public var deletedRowsSkipped = 0

    public init() {}

    static func + (a: ScanCounters, b: ScanCounters) -> ScanCounters {
        var sum = a
        sum.blocksRead += b.blocksRead
        sum.blocksSkipped += b.blocksSkipped
        sum.rowsRead += b.rowsRead
        sum.deletedRowsSkipped += b.deletedRowsSkipped
        return sum
    }
}

extension TableStorage {
    /// The live rows as batches holding only the columns `projection` names, in that order,
    /// compacted (no selection vectors) for callers that rebuild or copy whole columns.
    public func scan(projection: [Int]) throws -> [Batch] {
        try scan(ScanRequest(projection: projection)).batches.map { $0.compacted() }
    }

    /// Reads the table slice by slice, the slices in parallel, and hands out their batches in
    /// slice order (so a query without ORDER BY sees the same order every time). Within a
    /// slice, only rows of blocks that every zone-map test lets through are read.
    public func scan(_ request: ScanRequest) throws -> (batches: [Batch], counters: ScanCounters) {
        let targets = readSlices
        var results = [Result<([Batch], ScanCounters), any Error>](repeating: .success(([], ScanCounters())), count: targets.count)
        if targets.count == 1 || storedRowCount < Batch.preferredRowCount {
            for (index, slice) in targets.enumerated() { results[index] = Result { try scanSlice(slice, request) } }
        } else {
            results.withUnsafeMutableBufferPointer { buffer in
                // Each iteration writes only its own element, so the writes never overlap.
                nonisolated(unsafe) let output = buffer
                DispatchQueue.concurrentPerform(iterations: targets.count) { index in
                    output[index] = Result { try scanSlice(targets[index], request) }
                }
            }
        }
        var batches: [Batch] = []
        var counters = ScanCounters()
        for result in results {
            let (sliceBatches, sliceCounters) = try result.get()
            batches += sliceBatches
            counters = counters + sliceCounters
        }
        return (batches, counters)
    }

    private func scanSlice(_ index: Int, _ request: ScanRequest) throws -> ([Batch], ScanCounters) {
        let slice = slices[index]
        var counters = ScanCounters()
        var candidates = RowRanges(0..<slice.rowCount)
        for predicate in request.predicates where !candidates.ranges.isEmpty {
            candidates = candidates.intersection(predicate.candidates(in: slice))
        }
        let readColumns = Set(request.projection).union(request.predicates.flatMap(\.columns))
        for column in readColumns {
            for block in slice.columns[column] {
                if candidates.overlaps(block.rows) { counters.blocksRead += 1 } else { counters.blocksSkipped += 1 }
            }
        }
        counters.rowsRead = candidates.rowCount
        let chunks = candidates.chunked(Batch.preferredRowCount)
        guard !chunks.isEmpty else { return ([], counters) }
        var columns = try request.projection.map { column in
            try slice.read(column: column, ranges: chunks, type: layout.types[column])
        }
        if request.withRowID {
            columns.append(chunks.map { range in
                ColumnVector(uncheckedType: .bigint, storage: .int64(FixedWidthVector(values: range.map {
                    TableStorage.rowID(slice: index, row: $0)
                })))
            })
        }
        var batches: [Batch] = []
        for (position, range) in chunks.enumerated() {
            let live = slice.liveRows(in: range)
            if let live {
                counters.deletedRowsSkipped += range.count - live.count
                if live.isEmpty { continue }
            }
            batches.append(try Batch(columns: columns.map { $0[position] }, count: range.count, selection: live))
        }
        return (batches, counters)
    }
}
