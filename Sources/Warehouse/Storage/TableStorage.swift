import Dispatch

/// Where a table's rows live: spread over the cluster's slices by the table's distribution
/// style, each slice holding every column as a chain of blocks with zone maps, a sorted
/// region in sort key order and an unsorted region that later loads append to. A value type
/// of copy-on-write arrays of immutable blocks, so copying the catalog for a transaction's
/// rollback shares everything a statement does not change.
public struct TableStorage: Sendable {
    public private(set) var layout: TableLayout
    public let configuration: StorageConfiguration
    public private(set) var distribution: EffectiveDistribution
    var slices: [SliceStorage]
    private var nextEvenSlice = 0
    var interleavedIndex: InterleavedIndex?
    /// Rows inserted or deleted over the table's life: what `stats_off` measures change by.
    public private(set) var modifiedRows = 0

    public init(layout: TableLayout, configuration: StorageConfiguration) {
        self.layout = layout
        self.configuration = configuration
        // AUTO starts as ALL while the table is small (Redshift's choice for new tables).
        distribution = EffectiveDistribution(placement: layout.declaredPlacement ?? .all,
                                             automatic: layout.declaredPlacement == nil)
        slices = Array(repeating: SliceStorage(columnCount: layout.types.count), count: configuration.shape.sliceCount)
    }

    /// A table's storage as a database file keeps it (see `TableStorage+Serialization`).
    init(layout: TableLayout, configuration: StorageConfiguration, distribution: EffectiveDistribution,
         slices: [SliceStorage], nextEvenSlice: Int, interleavedIndex: InterleavedIndex?, modifiedRows: Int) {
        self.layout = layout
        self.configuration = configuration
        self.distribution = distribution
        self.slices = slices
        self.nextEvenSlice = nextEvenSlice
        self.interleavedIndex = interleavedIndex
        self.modifiedRows = modifiedRows
    }

    /// Where the next EVEN row goes, kept so a reopened table continues the round robin.
    var evenCursor: Int { nextEvenSlice }

    /// The slices a scan reads: every slice, or for ALL only the first copy.
    var readSlices: [Int] { distribution.placement == .all ? [0] : Array(slices.indices) }

    /// Rows a query sees (deleted rows excluded, one copy of an ALL table).
    public var rowCount: Int { readSlices.reduce(0) { $0 + slices[$1].rowCount - slices[$1].deletedCount } }

    /// Rows stored, deleted but not vacuumed ones included (one copy of an ALL table).
    public var storedRowCount: Int { readSlices.reduce(0) { $0 + slices[$1].rowCount } }

    // MARK: Loading

    /// Adds rows; the batch's columns are the table's columns in order, already of their types.
    public mutating func append(_ batch: Batch) throws {
        try append(contentsOf: [batch])
    }

    /// Adds the rows of several batches as one load: into an empty table they are written in
    /// sort order (the sorted region); into a non-empty one they are sorted among themselves
    /// and go to each slice's unsorted region.
    public mutating func append(contentsOf batches: [Batch]) throws {
        let rows = try combined(batches)
        guard rows.count > 0 else { return }
        if distribution.automatic, distribution.placement == .all, storedRowCount == 0,
           rows.columns.contains(where: { StoredWidth.rawBytes($0) > configuration.blockBytes }) {
            // A first load too big for ALL goes straight to where AUTO would move it.
            distribution.placement = autoPlacement
        }
        try load(rows)
        modifiedRows += rows.count
        if distribution.automatic, distribution.placement == .all, !fitsOneBlockPerColumn {
            try redistribute(to: autoPlacement)
        }
    }

    /// Replaces every row with the rows of `batches` (TRUNCATE); the table starts over empty,
    /// so the new rows are sorted and an AUTO table is ALL again while small.
    public mutating func replaceContents(with batches: [Batch]) throws {
        var fresh = TableStorage(layout: layout, configuration: configuration)
        fresh.modifiedRows = modifiedRows + rowCount
        try fresh.append(contentsOf: batches)
        self = fresh
    }

    /// Moves every row to a new layout (ALTER DISTSTYLE, DISTKEY or SORTKEY); deleted rows go.
    public mutating func reorganize(for newLayout: TableLayout) throws {
        let rows = try scan(projection: Array(layout.types.indices))
        var fresh = TableStorage(layout: newLayout, configuration: configuration)
        try fresh.append(contentsOf: rows)
        fresh.modifiedRows = modifiedRows
        self = fresh
    }

    /// AUTO's move of a grown table off ALL: every live row placed afresh (sorted, as one load).
    private mutating func redistribute(to placement: TableLayout.Placement) throws {
        let rows = try combined(scan(projection: Array(layout.types.indices)))
        slices = Array(repeating: SliceStorage(columnCount: layout.types.count), count: slices.count)
        distribution = EffectiveDistribution(placement: placement, automatic: true)
        nextEvenSlice = 0
        interleavedIndex = nil
        try load(rows)
    }

    /// Where AUTO puts a table that outgrew ALL: on its primary key, else round robin.
    private var autoPlacement: TableLayout.Placement { layout.autoKeyColumn.map { .key(column: $0) } ?? .even }

    /// Whether every column of the (first copy of the) table still fits in one block: while it
    /// does, AUTO keeps the table ALL.
    private var fitsOneBlockPerColumn: Bool { slices[0].columns.allSatisfy { $0.count <= 1 } }

    /// Places `rows` on their slices; each slice sorts its share and writes its blocks, the
    /// slices in parallel.
    private mutating func load(_ rows: Batch) throws {
        let empty = storedRowCount == 0
        if empty, layout.hasSortKey, layout.sortKind == .interleaved {
            interleavedIndex = InterleavedIndex(rows: rows, sortColumns: layout.sortColumns)
        }
        let parts = try placement(of: rows).filter { !$0.rows.isEmpty }
        let sortedRegion = empty || !layout.hasSortKey
        let (layout, index, blockBytes, encodings) = (layout, interleavedIndex, configuration.blockBytes, layout.encodings)
        var loaded = parts.map { slices[$0.slice] }
        var failure: (any Error)?
        let write: @Sendable (Int, inout SliceStorage) throws -> Void = { position, slice in
            let part = parts[position].rows.count == rows.count ? rows : rows.gatheredRows(parts[position].rows)
            try slice.append(SortOrder.sorted(part, layout: layout, interleaved: index), sorted: sortedRegion, blockBytes: blockBytes,
                             encodings: encodings)
        }
        if parts.count == 1 || rows.count < Batch.preferredRowCount {
            for position in parts.indices { try write(position, &loaded[position]) }
        } else {
            var errors = [(any Error)?](repeating: nil, count: parts.count)
            loaded.withUnsafeMutableBufferPointer { slicesBuffer in
                errors.withUnsafeMutableBufferPointer { errorsBuffer in
                    // Each iteration writes only its own elements, so the writes never overlap.
                    nonisolated(unsafe) let (output, problems) = (slicesBuffer, errorsBuffer)
                    DispatchQueue.concurrentPerform(iterations: parts.count) { position in
                        do { try write(position, &output[position]) } catch { problems[position] = error }
                    }
                }
            }
            failure = errors.lazy.compactMap { $0 }.first
        }
        if let failure { throw failure }
        for (position, part) in parts.enumerated() { slices[part.slice] = loaded[position] }
    }

    /// The rows each slice receives: by DISTKEY hash, round robin, or all of them on the first
    /// slice of every node.
    private mutating func placement(of rows: Batch) throws -> [(slice: Int, rows: SelectionVector)] {
        let count = slices.count
        switch distribution.placement {
        case .all:
            return configuration.shape.firstSliceOfEachNode.map { ($0, SelectionVector(all: rows.count)) }
        case .even:
            // Row r goes to slice (cursor + r) % count, so each slice takes every count-th row.
            let cursor = nextEvenSlice
            nextEvenSlice = (nextEvenSlice + rows.count) % count
            return (0..<count).map { slice in
                (slice, SelectionVector(stride(from: (slice - cursor + count) % count, to: rows.count, by: count).map { UInt32($0) }))
            }
        case .key(let column):
            var chosen = [[UInt32]](repeating: [], count: count)
            for (row, hash) in try HashKernel.hash([rows.columns[column]]).enumerated() {
                chosen[Int(hash % UInt64(count))].append(UInt32(row))
            }
            return chosen.enumerated().map { ($0.offset, SelectionVector($0.element)) }
        }
    }

    private func combined(_ batches: [Batch]) throws -> Batch {
        for batch in batches where batch.columns.count != layout.types.count {
            throw SQLError(SQLState.internalError,
                           "a batch of \(batch.columns.count) columns cannot go into a table of \(layout.types.count)")
        }
        if batches.count == 1, let only = batches.first { return only.compacted() }
        return try Relation(types: layout.types, batches: batches).combined()
    }

    // MARK: Deleting

    /// A row's identity for DELETE and UPDATE: its slice and its row number there.
    public static func rowID(slice: Int, row: Int) -> Int64 { Int64(slice) << 40 | Int64(row) }

    static func location(of rowID: Int64) -> (slice: Int, row: Int) {
        (Int(rowID >> 40), Int(rowID & (1 << 40 - 1)))
    }

    /// Marks rows (by row ID, as a scan with row IDs reports them) deleted; they stay stored
    /// until VACUUM. Returns how many rows were live. For ALL, every copy is marked.
    @discardableResult
    public mutating func markDeleted(_ rowIDs: [Int64]) -> Int {
        var bySlice = [[Int]](repeating: [], count: slices.count)
        for id in rowIDs {
            let (slice, row) = Self.location(of: id)
            if slice < slices.count { bySlice[slice].append(row) }
        }
        var deleted = 0
        for slice in bySlice.indices where !bySlice[slice].isEmpty {
            let copies = distribution.placement == .all ? configuration.shape.firstSliceOfEachNode : [slice]
            for copy in copies {
                let marked = slices[copy].markDeleted(bySlice[slice])
                if copy == slice { deleted += marked }
            }
        }
        modifiedRows += deleted
        return deleted
    }
}

extension Batch {
    /// The rows of a compacted batch that `selection` names, copied out.
    func gatheredRows(_ selection: SelectionVector) -> Batch {
        var rows = self
        rows.selection = selection
        return rows.compacted()
    }
}
