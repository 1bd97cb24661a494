import Dispatch

/// Distinct key rows numbered densely from 0 in order of first appearance: the core of hash
/// aggregation, DISTINCT, set operations, hash joins and IN-subqueries. Keys are hashed a
/// batch at a time by `HashKernel`; a hash match is confirmed by comparing the entry's packed
/// key words (`PackedKeys`) while every key fits in them (numbers, short strings), else
/// column by column: the first batch with a longer string switches the table over for good.
///
/// The table is open addressing with linear probing over flat arrays (slot → entry, entry →
/// hash), so inserting a key allocates nothing per row; a dictionary of per-hash arrays cost an
/// allocation per distinct key. Each slot also holds the top half of its entry's hash, so a
/// probe passes other keys without reading their entries: on a table larger than the cache
/// that is one memory access per row instead of two.
struct KeyHashTable {
    let types: [DataType]
    /// The key columns of every batch that brought a new key; each entry points into one.
    private var keyBatches: [[ColumnVector]] = []
    private var entries: [(batch: Int32, row: Int32)] = []
    /// The full hash of each entry, compared before the key columns and used to regrow.
    private var entryHashes: [UInt64] = []
    /// Per slot, 0 when empty, else the entry number + 1 in the low 32 bits under the top 32
    /// bits of the entry's hash (`tag`); a power of two long and at most half full.
    private var slots = [UInt64](repeating: 0, count: 64)
    /// Words per packed key row; nil when keys are compared column by column.
    private var packedWidth: Int?
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
        var packed: (words: [UInt64], width: Int)?
        if let width = packedWidth {
            if let words = try PackedKeys.pack(keys, rowCount: rowCount, width: width) {
                packed = (words, width)
            } else {
                packedWidth = nil
                entryWords = []
            }
        }
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
                slots[slot] = Self.slot(Int(id), hash: hash)
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
        // Keys too long to pack cannot match a packed table's entries by words, but the column
        // comparison still finds them (or not), so such a probe falls back to it.
        let packed = try packedWidth.flatMap { width in
            try PackedKeys.pack(keys, rowCount: rowCount, width: width).map { (words: $0, width: width) }
        }
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
            let id = Self.entry(stored)
            if stored & Self.tagMask == hash & Self.tagMask, entryHashes[id] == hash {
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
                    let probeStart = row * width
                    let tag = hash & Self.tagMask
                    while true {
                        let entry = slots[slot]
                        if entry == 0 { return .empty(slot) }
                        // Equal packed words are equal keys, so the entry's full hash is not read.
                        if entry & Self.tagMask == tag {
                            let storedStart = Self.entry(entry) * width
                            var same = true
                            for word in 0..<width where stored[storedStart + word] != packed[probeStart + word] {
                                same = false
                                break
                            }
                            if same { return .found(UInt32(Self.entry(entry))) }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// Doubles the slots and places every entry again by its stored hash.
    private mutating func grow() {
        var larger = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for (id, hash) in entryHashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = Self.slot(id, hash: hash)
        }
        slots = larger
    }

    /// The hash bits a slot keeps beside its entry number: the top half, independent of the
    /// low bits that pick the home slot.
    private static let tagMask: UInt64 = 0xFFFF_FFFF_0000_0000

    @inline(__always)
    private static func slot(_ id: Int, hash: UInt64) -> UInt64 { hash & tagMask | UInt64(id + 1) }

    @inline(__always)
    private static func entry(_ slot: UInt64) -> Int { Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1 }

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
