/// Row-against-row equality and order between two vectors of the same type: what hash tables
/// check on a hash match and what sorting compares. One switch per call picks the typed buffer.
enum RowComparison {
    /// Whether row `i` of `a` equals row `j` of `b`, NULL equal to NULL (grouping semantics).
    static func equal(_ a: ColumnVector, _ i: Int, _ b: ColumnVector, _ j: Int) -> Bool {
        let aNull = a.isNull(i), bNull = b.isNull(j)
        if aNull || bNull { return aNull == bNull }
        return compareValues(a, i, b, j) == 0
    }

    /// The order of two non-NULL values: negative, zero or positive.
    static func compareValues(_ a: ColumnVector, _ i: Int, _ b: ColumnVector, _ j: Int) -> Int {
        switch (a.storage, b.storage) {
        case (.int16(let x), .int16(let y)): return order(x.values[i], y.values[j])
        case (.int32(let x), .int32(let y)): return order(x.values[i], y.values[j])
        case (.int64(let x), .int64(let y)): return order(x.values[i], y.values[j])
        case (.int128(let x), .int128(let y)):
            let scaleA = a.type.decimalScale, scaleB = b.type.decimalScale
            if scaleA == scaleB { return order(x.values[i], y.values[j]) }
            return Decimal128.compare(Decimal128(unscaled: x.values[i], scale: scaleA),
                                      Decimal128(unscaled: y.values[j], scale: scaleB))
        case (.float32(let x), .float32(let y)): return floatOrder(Double(x.values[i]), Double(y.values[j]))
        case (.float64(let x), .float64(let y)): return floatOrder(x.values[i], y.values[j])
        case (.boolean(let x), .boolean(let y)): return x.values[i] == y.values[j] ? 0 : (x.values[i] ? 1 : -1)
        case (.string(let x), .string(let y)):
            return ComparisonKernel.compareIgnoringTrailingBlanks(x.bytes(at: i), y.bytes(at: j))
        default:
            return 0
        }
    }

    @inline(__always)
    private static func order<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x == y ? 0 : 1) }

    /// PostgreSQL's float order: NaN above every number and equal to itself.
    private static func floatOrder(_ x: Double, _ y: Double) -> Int {
        if x.isNaN || y.isNaN { return x.isNaN == y.isNaN ? 0 : (x.isNaN ? 1 : -1) }
        return order(x, y)
    }
}
