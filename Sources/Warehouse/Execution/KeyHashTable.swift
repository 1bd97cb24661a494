/// Distinct key rows numbered densely from 0 in order of first appearance: the core of hash
/// aggregation, DISTINCT, set operations, hash joins and IN-subqueries. Keys are hashed a
/// batch at a time by `HashKernel`; a hash match is confirmed column by column.
struct KeyHashTable {
    let types: [DataType]
    /// The key columns of every batch that brought a new key; each entry points into one.
    private var keyBatches: [[ColumnVector]] = []
    private var entries: [(batch: Int32, row: Int32)] = []
    private var buckets: [UInt64: [UInt32]] = [:]

    init(types: [DataType]) {
        self.types = types
    }

    var count: Int { entries.count }

    /// The entry number of each row of `keys`, adding keys not seen before; `isNew[i]` tells
    /// whether row `i` added its key.
    mutating func insert(_ keys: [ColumnVector], rowCount: Int) throws -> (ids: [UInt32], isNew: [Bool]) {
        let hashes = keys.isEmpty ? [UInt64](repeating: 0, count: rowCount) : try HashKernel.hash(keys)
        var ids = [UInt32](repeating: 0, count: rowCount)
        var isNew = [Bool](repeating: false, count: rowCount)
        let batchNumber = Int32(keyBatches.count)
        keyBatches.append(keys)
        var added = false
        for row in 0..<rowCount {
            if let found = find(keys, row, hash: hashes[row]) {
                ids[row] = found
                continue
            }
            let id = UInt32(entries.count)
            entries.append((batchNumber, Int32(row)))
            buckets[hashes[row], default: []].append(id)
            ids[row] = id
            isNew[row] = true
            added = true
        }
        if !added { keyBatches.removeLast() }
        return (ids, isNew)
    }

    /// The entry number of each row of `keys`, nil for keys not in the table.
    func lookup(_ keys: [ColumnVector], rowCount: Int) throws -> [UInt32?] {
        let hashes = keys.isEmpty ? [UInt64](repeating: 0, count: rowCount) : try HashKernel.hash(keys)
        return (0..<rowCount).map { find(keys, $0, hash: hashes[$0]) }
    }

    private func find(_ keys: [ColumnVector], _ row: Int, hash: UInt64) -> UInt32? {
        guard let candidates = buckets[hash] else { return nil }
        for id in candidates {
            let entry = entries[Int(id)]
            let stored = keyBatches[Int(entry.batch)]
            if keys.indices.allSatisfy({ RowComparison.equal(stored[$0], Int(entry.row), keys[$0], row) }) { return id }
        }
        return nil
    }

    /// The key values, one row per entry in entry order.
    func keyColumns() throws -> [ColumnVector] {
        var builders = types.map { ColumnBuilder(type: $0) }
        var start = 0
        while start < entries.count {
            let batch = entries[start].batch
            var end = start
            while end < entries.count, entries[end].batch == batch { end += 1 }
            let rows = SelectionVector(entries[start..<end].map { UInt32($0.row) })
            for column in builders.indices {
                try builders[column].append(keyBatches[Int(batch)][column], rows: rows)
            }
            start = end
        }
        return builders.map { $0.build() }
    }
}
