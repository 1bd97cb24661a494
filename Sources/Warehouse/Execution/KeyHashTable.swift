import Dispatch

/// Distinct key rows numbered densely from 0 in order of first appearance: the core of hash
/// aggregation, DISTINCT, set operations, hash joins and IN-subqueries. Keys are hashed a
/// batch at a time by `HashKernel`; a hash match is confirmed by comparing the entry's packed
/// key words (`PackedKeys`) when every key is fixed-width, else column by column.
///
/// The table is open addressing with linear probing over flat arrays (slot → entry, entry →
/// hash), so inserting a key allocates nothing per row and a probe touches one or two cache
/// lines; a dictionary of per-hash arrays cost an allocation per distinct key.
struct KeyHashTable {
    let types: [DataType]
    /// The key columns of every batch that brought a new key; each entry points into one.
    private var keyBatches: [[ColumnVector]] = []
    private var entries: [(batch: Int32, row: Int32)] = []
    /// The full hash of each entry, compared before the key columns and used to regrow.
    private var entryHashes: [UInt64] = []
    /// Entry number + 1 per slot, 0 when empty; a power of two long and at most half full.
    private var slots = [UInt32](repeating: 0, count: 64)
    /// Words per packed key row; nil when keys are compared column by column.
    private let packedWidth: Int?
    /// Every entry's packed key row, when keys are packed.
    private var entryWords: [UInt64] = []

    init(types: [DataType]) {
        self.types = types
        packedWidth = PackedKeys.width(types)
    }

    var count: Int { entries.count }

    /// The entry number of each row of `keys`, adding keys not seen before; `isNew[i]` tells
    /// whether row `i` added its key. `hashes`, when given, are `HashKernel.hash(keys)`
    /// computed ahead (hash aggregation computes them on every core).
    mutating func insert(_ keys: [ColumnVector], rowCount: Int, hashes known: [UInt64]? = nil) throws -> (ids: [UInt32], isNew: [Bool]) {
        let hashes = try known ?? (keys.isEmpty ? [UInt64](repeating: 0, count: rowCount) : HashKernel.hash(keys))
        var ids = [UInt32](repeating: 0, count: rowCount)
        var isNew = [Bool](repeating: false, count: rowCount)
        let batchNumber = Int32(keyBatches.count)
        keyBatches.append(keys)
        var added = false
        let packed = try packedWidth.map { (words: try PackedKeys.pack(keys, rowCount: rowCount, width: $0), width: $0) }
        for row in 0..<rowCount {
            let hash = hashes[row]
            switch packed.map({ probe(packed: $0, row, hash: hash) }) ?? probe(keys, row, hash: hash) {
            case .found(let id):
                ids[row] = id
            case .empty(let slot):
                let id = UInt32(entries.count)
                entries.append((batchNumber, Int32(row)))
                entryHashes.append(hash)
                if let packed {
                    entryWords.append(contentsOf: packed.words[(row * packed.width)..<((row + 1) * packed.width)])
                }
                slots[slot] = id + 1
                ids[row] = id
                isNew[row] = true
                added = true
                if entries.count * 2 > slots.count { grow() }
            }
        }
        if !added { keyBatches.removeLast() }
        return (ids, isNew)
    }

    /// The entry number of each row of `keys`, nil for keys not in the table. Lookups only
    /// read the table, so a large probe runs in slices on every core.
    func lookup(_ keys: [ColumnVector], rowCount: Int) throws -> [UInt32?] {
        let hashes = keys.isEmpty ? [UInt64](repeating: 0, count: rowCount) : try HashKernel.hash(keys)
        let packed = try packedWidth.map { (words: try PackedKeys.pack(keys, rowCount: rowCount, width: $0), width: $0) }
        var found = [UInt32?](repeating: nil, count: rowCount)
        let parts = rowCount >= ParallelBatches.minimumRows * 4 ? 8 : 1
        found.withUnsafeMutableBufferPointer { buffer in
            // Each part writes only its own rows, so the writes never overlap.
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                for row in (rowCount * part / parts)..<(rowCount * (part + 1) / parts) {
                    let hash = hashes[row]
                    if case .found(let id) = packed.map({ probe(packed: $0, row, hash: hash) }) ?? probe(keys, row, hash: hash) {
                        output[row] = id
                    }
                }
            }
        }
        return found
    }

    private enum Probe {
        case found(UInt32)
        case empty(Int)
    }

    /// Walks the slots from the hash's home slot to the key's entry or the first empty slot.
    private func probe(_ keys: [ColumnVector], _ row: Int, hash: UInt64) -> Probe {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { return .empty(slot) }
            let id = Int(stored - 1)
            if entryHashes[id] == hash {
                let entry = entries[id]
                let batch = keyBatches[Int(entry.batch)]
                if keys.indices.allSatisfy({ RowComparison.equal(batch[$0], Int(entry.row), keys[$0], row) }) {
                    return .found(UInt32(id))
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// `probe` for packed keys: row `row` of `packed` against the entries' packed rows.
    private func probe(packed: (words: [UInt64], width: Int), _ row: Int, hash: UInt64) -> Probe {
        let width = packed.width
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return packed.words.withUnsafeBufferPointer { packed in
            entryWords.withUnsafeBufferPointer { stored in
                slots.withUnsafeBufferPointer { slots in
                    entryHashes.withUnsafeBufferPointer { entryHashes in
                        let probeStart = row * width
                        while true {
                            let entry = slots[slot]
                            if entry == 0 { return .empty(slot) }
                            let id = Int(entry - 1)
                            if entryHashes[id] == hash {
                                let storedStart = id * width
                                var same = true
                                for word in 0..<width where stored[storedStart + word] != packed[probeStart + word] {
                                    same = false
                                    break
                                }
                                if same { return .found(UInt32(id)) }
                            }
                            slot = (slot + 1) & mask
                        }
                    }
                }
            }
        }
    }

    /// Doubles the slots and places every entry again by its stored hash.
    private mutating func grow() {
        var larger = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for (id, hash) in entryHashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = UInt32(id + 1)
        }
        slots = larger
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
