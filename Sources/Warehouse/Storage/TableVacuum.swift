/// What one table's VACUUM did, as STL_VACUUM records it.
public struct VacuumOutcome: Sendable, Hashable {
    /// Whether the rows were re-sorted (unsorted regions merged into the sorted ones).
    public var sorted: Bool
    public var reclaimedRows: Int
    /// `Finished`, or `Skipped(sorted>=n%)` when there was nothing to do under the threshold.
    public var status: String
}

extension TableStorage {
    /// Redshift's VACUUM on this table. FULL sorts unless at least `thresholdPercent` of the
    /// rows are already sorted, and reclaims every deleted row when it sorts, otherwise only
    /// when fewer than `thresholdPercent` of the rows are live. SORT ONLY sorts and keeps
    /// deleted rows; DELETE ONLY reclaims and keeps the order; REINDEX re-reads an interleaved
    /// key's value distribution and then sorts and reclaims everything.
    public mutating func vacuum(_ mode: VacuumMode, thresholdPercent: Int) throws -> VacuumOutcome {
        let stored = storedRowCount
        let sortedRows = readSlices.reduce(0) { $0 + slices[$1].sortedRowCount }
        let deleted = readSlices.reduce(0) { $0 + slices[$1].deletedCount }
        let threshold = Double(thresholdPercent)
        let sortedPercent = stored == 0 ? 100 : 100 * Double(sortedRows) / Double(stored)
        let livePercent = stored == 0 ? 100 : 100 * Double(stored - deleted) / Double(stored)
        let sort = layout.hasSortKey && stored > 0
            && (mode == .reindex || (mode != .deleteOnly && sortedRows < stored && sortedPercent < threshold))
        let reclaim = deleted > 0 && mode != .sortOnly && (sort || mode == .reindex || livePercent < threshold)
        guard sort || reclaim else {
            return VacuumOutcome(sorted: false, reclaimedRows: 0, status: "Skipped(sorted>=\(thresholdPercent)%)")
        }
        if mode == .reindex, layout.sortKind == .interleaved, layout.hasSortKey {
            let live = try Relation(types: layout.types, batches: scan(projection: Array(layout.types.indices))).combined()
            interleavedIndex = InterleavedIndex(rows: live, sortColumns: layout.sortColumns)
        }
        for index in slices.indices where slices[index].rowCount > 0 {
            slices[index] = try rewritten(slices[index], sort: sort, reclaim: reclaim)
        }
        return VacuumOutcome(sorted: sort, reclaimedRows: reclaim ? deleted : 0, status: "Finished")
    }

    /// A slice rebuilt from its rows: deleted rows dropped when `reclaim`, everything in sort
    /// order when `sort` (else the sorted and unsorted regions keep their rows and order).
    private func rewritten(_ slice: SliceStorage, sort: Bool, reclaim: Bool) throws -> SliceStorage {
        let (rows, deleted) = try slice.allRows(types: layout.types)
        let kept = (0..<rows.count).filter { !(reclaim && deleted[$0]) }
        var rebuilt = SliceStorage(columnCount: layout.types.count)
        var order: [Int]
        if sort {
            let keptRows = rows.gatheredRows(SelectionVector(kept.map { UInt32($0) }))
            order = SortOrder.permutation(keptRows, layout: layout, interleaved: interleavedIndex).map { kept[$0] }
            try rebuilt.append(rows.gatheredRows(SelectionVector(order.map { UInt32($0) })), sorted: true,
                               blockBytes: configuration.blockBytes, encodings: layout.encodings)
        } else {
            order = kept
            let sortedPart = kept.filter { $0 < slice.sortedRowCount }, unsortedPart = kept.filter { $0 >= slice.sortedRowCount }
            for (part, sorted) in [(sortedPart, true), (unsortedPart, false)] where !part.isEmpty {
                try rebuilt.append(rows.gatheredRows(SelectionVector(part.map { UInt32($0) })), sorted: sorted,
                                   blockBytes: configuration.blockBytes, encodings: layout.encodings)
            }
        }
        if !reclaim {
            _ = rebuilt.markDeleted(order.indices.filter { deleted[order[$0]] })
        }
        return rebuilt
    }
}
