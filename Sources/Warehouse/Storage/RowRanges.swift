/// A set of slice rows as ascending, disjoint, non-adjacent ranges: what survives zone-map
/// tests. Each column has its own block boundaries, so the tests of different columns meet
/// here, as row numbers, rather than block by block.
struct RowRanges: Sendable, Equatable {
    private(set) var ranges: [Range<Int>] = []

    init(_ range: Range<Int>) {
        if !range.isEmpty { ranges = [range] }
    }

    /// The union of `ranges`, given in ascending order of their starts.
    init(ascending pieces: [Range<Int>]) {
        for piece in pieces where !piece.isEmpty {
            if let last = ranges.last, piece.lowerBound <= last.upperBound {
                ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, piece.upperBound)
            } else {
                ranges.append(piece)
            }
        }
    }

    var rowCount: Int { ranges.reduce(0) { $0 + $1.count } }

    func union(_ other: RowRanges) -> RowRanges {
        RowRanges(ascending: (ranges + other.ranges).sorted { $0.lowerBound < $1.lowerBound })
    }

    func intersection(_ other: RowRanges) -> RowRanges {
        var result: [Range<Int>] = []
        var i = 0, j = 0
        while i < ranges.count, j < other.ranges.count {
            let a = ranges[i], b = other.ranges[j]
            let low = max(a.lowerBound, b.lowerBound), high = min(a.upperBound, b.upperBound)
            if low < high { result.append(low..<high) }
            if a.upperBound < b.upperBound { i += 1 } else { j += 1 }
        }
        return RowRanges(ascending: result)
    }

    func overlaps(_ range: Range<Int>) -> Bool {
        ranges.contains { $0.overlaps(range) }
    }

    /// The ranges cut into pieces of at most `size` rows: the batches a scan hands out.
    func chunked(_ size: Int) -> [Range<Int>] {
        ranges.flatMap { range in
            stride(from: range.lowerBound, to: range.upperBound, by: size).map { $0..<min($0 + size, range.upperBound) }
        }
    }
}
