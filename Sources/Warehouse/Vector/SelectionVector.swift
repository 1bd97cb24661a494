/// The rows of a batch still in play, as ascending row indices: a filter narrows a batch by
/// producing one instead of copying every column.
public struct SelectionVector: Sendable, Equatable {
    public var indices: [UInt32]

    public init(_ indices: [UInt32]) {
        self.indices = indices
    }

    /// Every row of a batch of `count` rows.
    public init(all count: Int) {
        indices = (0..<UInt32(clamping: count)).map { $0 }
    }

    /// The rows below `count` for which `keep` holds, in one branch-free pass.
    @inlinable
    public init(filtering count: Int, _ keep: (Int) throws -> Bool) rethrows {
        indices = try [UInt32](unsafeUninitializedCapacity: count) { buffer, kept in
            var next = 0
            for row in 0..<count {
                buffer[next] = UInt32(truncatingIfNeeded: row)
                next &+= try keep(row) ? 1 : 0
            }
            kept = next
        }
    }

    public var count: Int { indices.count }
    public var isEmpty: Bool { indices.isEmpty }

    /// The selected rows for which `keep` holds.
    @inlinable
    public func filtered(_ keep: (Int) throws -> Bool) rethrows -> SelectionVector {
        let count = indices.count
        return SelectionVector(try indices.withUnsafeBufferPointer { source in
            try [UInt32](unsafeUninitializedCapacity: count) { buffer, kept in
                var next = 0
                for position in 0..<count {
                    let row = source[position]
                    buffer[next] = row
                    next &+= try keep(Int(row)) ? 1 : 0
                }
                kept = next
            }
        })
    }

    /// The selected rows not in `other` (a subset of this selection's rows, ascending).
    public func subtracting(_ other: SelectionVector) -> SelectionVector {
        guard !other.isEmpty else { return self }
        var remaining: [UInt32] = []
        remaining.reserveCapacity(count - other.count)
        var position = 0
        for row in indices {
            while position < other.count, other.indices[position] < row { position += 1 }
            if position < other.count, other.indices[position] == row { continue }
            remaining.append(row)
        }
        return SelectionVector(remaining)
    }

    /// The rows in either selection, ascending.
    public func union(_ other: SelectionVector) -> SelectionVector {
        guard !other.isEmpty else { return self }
        guard !isEmpty else { return other }
        var merged: [UInt32] = []
        merged.reserveCapacity(count + other.count)
        var i = 0, j = 0
        while i < count || j < other.count {
            if j == other.count || (i < count && indices[i] < other.indices[j]) {
                merged.append(indices[i])
                i += 1
            } else {
                if i < count, indices[i] == other.indices[j] { i += 1 }
                merged.append(other.indices[j])
                j += 1
            }
        }
        return SelectionVector(merged)
    }
}
