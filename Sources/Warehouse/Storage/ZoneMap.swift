/// A block's zone map: its smallest and largest non-NULL values and how many NULLs it holds.
/// A scan compares a predicate's constant with these two values to skip the whole block.
public struct ZoneMap: Sendable {
    public let nullCount: Int
    /// The minimum (row 0) and maximum (row 1) as a vector of the column's type; nil when every
    /// value of the block is NULL.
    public let bounds: ColumnVector?

    init(_ vector: ColumnVector) {
        nullCount = vector.validity.nullCount
        bounds = Extremes.positions(vector).map { vector.gathered(SelectionVector([UInt32($0.min), UInt32($0.max)])) }
    }

    init(nullCount: Int, bounds: ColumnVector?) {
        self.nullCount = nullCount
        self.bounds = bounds
    }

    /// The zone map of a block holding the rows of both blocks.
    func merged(with other: ZoneMap) -> ZoneMap {
        guard let mine = bounds, let theirs = other.bounds else {
            return ZoneMap(nullCount: nullCount + other.nullCount, bounds: bounds ?? other.bounds)
        }
        let low = RowComparison.compareValues(theirs, 0, mine, 0) < 0 ? theirs.sliced(0..<1) : mine.sliced(0..<1)
        let high = RowComparison.compareValues(theirs, 1, mine, 1) > 0 ? theirs.sliced(1..<2) : mine.sliced(1..<2)
        var builder = ColumnBuilder(continuing: low)
        // Both halves have the column's type, so appending cannot fail.
        try? builder.append(high)
        return ZoneMap(nullCount: nullCount + other.nullCount, bounds: builder.build())
    }

    public var minimum: Datum { bounds?.datum(at: 0) ?? .null }
    public var maximum: Datum { bounds?.datum(at: 1) ?? .null }
}

/// Where a vector's smallest and largest non-NULL values are, in the engine's comparison order
/// (NaN above every number, strings ignoring trailing blanks); one typed loop per vector.
enum Extremes {
    static func positions(_ vector: ColumnVector) -> (min: Int, max: Int)? {
        switch vector.storage {
        case .int16(let values): scan(values.values, values.validity, by: <)
        case .int32(let values): scan(values.values, values.validity, by: <)
        case .int64(let values): scan(values.values, values.validity, by: <)
        case .int128(let values): scan(values.values, values.validity, by: <)
        case .float32(let values): scan(values.values, values.validity) { $0 < $1 || ($1.isNaN && !$0.isNaN) }
        case .float64(let values): scan(values.values, values.validity) { $0 < $1 || ($1.isNaN && !$0.isNaN) }
        case .boolean(let values): scan(values.values, values.validity) { !$0 && $1 }
        case .string(let strings): scanStrings(strings)
        }
    }

    private static func scan<Element>(_ values: [Element], _ validity: ValidityMask,
                                      by less: (Element, Element) -> Bool) -> (min: Int, max: Int)? {
        values.withUnsafeBufferPointer { buffer in
            var low = -1, high = -1
            for row in 0..<buffer.count where validity.isValid(row) {
                if low < 0 {
                    low = row
                    high = row
                } else if less(buffer[row], buffer[low]) {
                    low = row
                } else if less(buffer[high], buffer[row]) {
                    high = row
                }
            }
            return low < 0 ? nil : (low, high)
        }
    }

    private static func scanStrings(_ strings: StringVector) -> (min: Int, max: Int)? {
        var low = -1, high = -1
        for row in 0..<strings.count where strings.validity.isValid(row) {
            if low < 0 {
                low = row
                high = row
            } else if ComparisonKernel.compareIgnoringTrailingBlanks(strings.bytes(at: row), strings.bytes(at: low)) < 0 {
                low = row
            } else if ComparisonKernel.compareIgnoringTrailingBlanks(strings.bytes(at: high), strings.bytes(at: row)) < 0 {
                high = row
            }
        }
        return low < 0 ? nil : (low, high)
    }
}
