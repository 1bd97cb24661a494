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

    /// Reads like `scan(_:)`, one batch at a time in the same order, and stops as soon as
    /// `consume` returns false: a LIMIT without ORDER BY reads only the blocks its rows are in.
    /// Blocks never reached count as neither read nor skipped.
    public func scan(_ request: ScanRequest, while consume: (Batch) throws -> Bool) throws -> ScanCounters {
        var counters = ScanCounters()
        for index in readSlices {
            let slice = slices[index]
            let candidates = candidateRows(slice, request)
            var readThrough = 0, stopped = false
            chunks: for chunk in candidates.chunked(Batch.preferredRowCount) {
                readThrough = chunk.upperBound
                for batch in try batches(of: index, request, chunks: [chunk], counters: &counters) where try !consume(batch) {
                    stopped = true
                    break chunks
                }
            }
            counters = counters + blockCounters(slice, request, candidates: candidates, readThrough: readThrough)
            if stopped { break }
        }
        return counters
    }

    private func scanSlice(_ index: Int, _ request: ScanRequest) throws -> ([Batch], ScanCounters) {
        let slice = slices[index]
        let candidates = candidateRows(slice, request)
        var counters = blockCounters(slice, request, candidates: candidates, readThrough: slice.rowCount)
        let batches = try batches(of: index, request, chunks: candidates.chunked(Batch.preferredRowCount), counters: &counters)
        return (batches, counters)
    }

    /// The slice's rows that every zone-map test lets through.
    private func candidateRows(_ slice: SliceStorage, _ request: ScanRequest) -> RowRanges {
        var candidates = RowRanges(0..<slice.rowCount)
        for predicate in request.predicates where !candidates.ranges.isEmpty {
            candidates = candidates.intersection(predicate.candidates(in: slice))
        }
        return candidates
    }

    /// Blocks read (those holding candidate rows below `readThrough`) and skipped (those the
    /// zone maps ruled out), per column read, and the rows read.
    private func blockCounters(_ slice: SliceStorage, _ request: ScanRequest, candidates: RowRanges,
                               readThrough: Int) -> ScanCounters {
        var counters = ScanCounters()
        let read = candidates.intersection(RowRanges(0..<readThrough))
        let readColumns = Set(request.projection).union(request.predicates.flatMap(\.columns))
        for column in readColumns {
            for block in slice.columns[column] {
                if read.overlaps(block.rows) {
                    counters.blocksRead += 1
                } else if !candidates.overlaps(block.rows) {
                    counters.blocksSkipped += 1
                }
            }
        }
        counters.rowsRead = read.rowCount
        return counters
    }

    /// One batch per chunk of slice `index`'s rows, deleted rows deselected (and counted).
    private func batches(of index: Int, _ request: ScanRequest, chunks: [Range<Int>],
                         counters: inout ScanCounters) throws -> [Batch] {
        guard !chunks.isEmpty else { return [] }
        let slice = slices[index]
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
        return batches
    }
}
