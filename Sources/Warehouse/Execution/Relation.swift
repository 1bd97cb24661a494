/// An operator's whole output: its column types and its batches.
struct Relation {
    var types: [DataType]
    var batches: [Batch]

    var rowCount: Int { batches.reduce(0) { $0 + $1.activeCount } }

    /// Every row in one batch with every row in play, for the operators that need all input
    /// at once (join build sides, sort).
    func combined() throws -> Batch {
        if batches.count == 1, let only = batches.first { return only.compacted() }
        var builders = types.map { ColumnBuilder(type: $0) }
        for batch in batches {
            let rows = batch.compacted()
            for index in builders.indices { try builders[index].append(rows.columns[index]) }
        }
        return try Batch(columns: builders.map { $0.build() }, count: rowCount)
    }
}

extension ColumnVector {
    /// The rows `indices` names, where -1 stands for a NULL row (outer joins' missing side).
    func gathered(nullable indices: [Int32]) throws -> ColumnVector {
        guard indices.contains(-1) else { return gathered(SelectionVector(indices.map { UInt32($0) })) }
        var builder = ColumnBuilder(type: type)
        try builder.append(self)
        try builder.append(Datum.null)
        let nullRow = UInt32(count)
        return builder.build().gathered(SelectionVector(indices.map { $0 < 0 ? nullRow : UInt32($0) }))
    }

    /// Picks, for each row, the value of one of several equally long vectors of this type:
    /// `choice[row]` names the vector. CASE and COALESCE assemble their result this way.
    static func choosing(from vectors: [ColumnVector], choice: [Int], type: DataType) throws -> ColumnVector {
        var builder = ColumnBuilder(type: type)
        try builder.append(contentsOf: vectors)
        let rowCount = choice.count
        return builder.build().gathered(SelectionVector(choice.enumerated().map { UInt32($1 * rowCount + $0) }))
    }
}

extension Batch {
    /// This batch (every row in play) narrowed to `rows`, ascending, by a selection vector.
    func selecting(_ rows: SelectionVector) -> Batch {
        var narrowed = self
        if rows.count < count { narrowed.selection = rows }
        return narrowed
    }
}
