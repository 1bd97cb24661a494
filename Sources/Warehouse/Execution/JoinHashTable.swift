/// The build side of a hash join: every build row with no NULL key, chained per hash bucket
/// through flat arrays (bucket → first row, row → next row of its bucket). Building is one pass
/// with no key comparisons; a probe walks one short chain, comparing full hashes before keys.
/// Unlike `KeyHashTable` it keeps every row rather than one entry per distinct key, since a
/// join needs every matching row.
struct JoinHashTable: Sendable {
    let keys: JoinKeys
    private let heads: [Int32]
    private let next: [Int32]
    private let mask: Int

    init(_ keys: JoinKeys) {
        self.keys = keys
        var bucketCount = 16
        while bucketCount < 2 * keys.count { bucketCount <<= 1 }
        mask = bucketCount - 1
        var heads = [Int32](repeating: -1, count: bucketCount)
        var next = [Int32](repeating: -1, count: keys.count)
        // Rows are chained backwards so that every chain lists its rows in row order.
        for row in stride(from: keys.count - 1, through: 0, by: -1) where keys.isPresent(row) {
            let bucket = Int(truncatingIfNeeded: keys.hashes[row]) & mask
            next[row] = heads[bucket]
            heads[bucket] = Int32(row)
        }
        self.heads = heads
        self.next = next
    }

    /// Calls `body` with each build row whose keys equal probe row `row` of `probe`, in build
    /// row order, until `body` returns false.
    @inline(__always)
    func forEachMatch(_ probe: JoinKeys, _ row: Int, _ body: (Int32) -> Bool) {
        guard probe.isPresent(row) else { return }
        let hash = probe.hashes[row]
        var candidate = heads[Int(truncatingIfNeeded: hash) & mask]
        while candidate >= 0 {
            let index = Int(candidate)
            if keys.hashes[index] == hash, keys.equal(index, probe, row), !body(candidate) { return }
            candidate = next[index]
        }
    }

    /// The matching pairs of every probe row (probe rows ascending, each one's build rows
    /// ascending), or only each probe row's first match when `firstOnly`.
    func pairs(_ probe: JoinKeys, firstOnly: Bool) -> (probe: [Int32], build: [Int32]) {
        var probeRows: [Int32] = [], buildRows: [Int32] = []
        probeRows.reserveCapacity(probe.count)
        buildRows.reserveCapacity(probe.count)
        if let mine = keys.singleInteger, let theirs = probe.singleInteger {
            // One integer key: the hash and the key are compared straight from the arrays.
            mine.withUnsafeBufferPointer { buildKeys in
                theirs.withUnsafeBufferPointer { probeKeys in
                    heads.withUnsafeBufferPointer { heads in
                        next.withUnsafeBufferPointer { next in
                            for row in 0..<probe.count where probe.isPresent(row) {
                                let key = probeKeys[row]
                                var candidate = heads[Int(truncatingIfNeeded: probe.hashes[row]) & mask]
                                while candidate >= 0 {
                                    if buildKeys[Int(candidate)] == key {
                                        probeRows.append(Int32(row))
                                        buildRows.append(candidate)
                                        if firstOnly { break }
                                    }
                                    candidate = next[Int(candidate)]
                                }
                            }
                        }
                    }
                }
            }
            return (probeRows, buildRows)
        }
        for row in 0..<probe.count {
            forEachMatch(probe, row) { candidate in
                probeRows.append(Int32(row))
                buildRows.append(candidate)
                return !firstOnly
            }
        }
        return (probeRows, buildRows)
    }
}
