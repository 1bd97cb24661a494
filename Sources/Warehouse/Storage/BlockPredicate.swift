/// A condition on one stored column that a zone map can rule out: `column op constant` (what
/// BETWEEN binds to as well), an IN list or OR of such tests, and IS [NOT] NULL. The scan keeps
/// the rows of blocks that may match and skips the rest; the full predicate still filters the
/// rows it reads, so a test only needs to be safe (never rule out a block holding a match).
public indirect enum BlockPredicate: Sendable {
    case compare(ColumnTest)
    case isNull(column: Int, negated: Bool)
    case any([BlockPredicate])

    /// `column op constant`: the column is brought to `comparisonType` through `casts` (each
    /// order-preserving, so a block's bounds map to bounds of the cast values).
    public struct ColumnTest: Sendable {
        public var column: Int
        public var operation: ComparisonOperation
        var casts: [DataType]
        var comparisonType: DataType
        /// One row of `comparisonType`; NULL means the comparison is never true.
        var constant: ColumnVector
    }

    /// The tests a scan can apply, from its pushed-down predicate (over the scan's output,
    /// whose column `i` is table column `projection[i]`).
    public static func conjuncts(of predicate: BoundExpression?, projection: [Int]) -> [BlockPredicate] {
        guard let predicate else { return [] }
        if case .and(let operands) = predicate { return operands.flatMap { conjuncts(of: $0, projection: projection) } }
        return test(predicate, projection).map { [$0] } ?? []
    }

    private static func test(_ expression: BoundExpression, _ projection: [Int]) -> BlockPredicate? {
        switch expression {
        case .comparison(let operation, let left, let right):
            if let test = compare(operation, left, right, projection) { return .compare(test) }
            return compare(operation.flipped, right, left, projection).map { .compare($0) }
        case .isNull(let operand, let negated):
            return storedColumn(operand, projection).map { .isNull(column: $0.column, negated: negated) }
        case .or(let operands):
            let tests = operands.compactMap { test($0, projection) }
            return tests.count == operands.count ? .any(tests) : nil
        default:
            return nil
        }
    }

    private static func compare(_ operation: ComparisonOperation, _ columnSide: BoundExpression,
                                _ constantSide: BoundExpression, _ projection: [Int]) -> ColumnTest? {
        guard let (column, casts) = storedColumn(columnSide, projection), let constant = constantValue(constantSide),
              let type = try? columnSide.type.comparisonType(with: constant.type, operatorSymbol: operation.symbol),
              isOrderPreserving(columnSide.type, type),
              let converted = try? CastKernel.cast(constant, to: type) else { return nil }
        return ColumnTest(column: column, operation: operation, casts: columnSide.type == type ? casts : casts + [type],
                          comparisonType: type, constant: converted)
    }

    /// The table column an expression reads, through order-preserving casts only.
    private static func storedColumn(_ expression: BoundExpression, _ projection: [Int]) -> (column: Int, casts: [DataType])? {
        switch expression {
        case .column(let index, _):
            return index < projection.count ? (projection[index], []) : nil
        case .cast(let inner, let type, _):
            guard isOrderPreserving(inner.type, type), let (column, casts) = storedColumn(inner, projection) else { return nil }
            return (column, casts + [type])
        default:
            return nil
        }
    }

    private static func constantValue(_ expression: BoundExpression) -> ColumnVector? {
        switch expression {
        case .constant(let datum, let type): try? ColumnVector(type: type, datums: [datum])
        case .cast(let inner, let type, let explicit): constantValue(inner).flatMap { try? CastKernel.cast($0, to: type, explicit: explicit) }
        default: nil
        }
    }

    /// Casts under which `a <= b` implies `cast(a) <= cast(b)`: between numbers, between
    /// strings, and between dates and timestamps.
    static func isOrderPreserving(_ source: DataType, _ target: DataType) -> Bool {
        if source == target { return true }
        let dated: Set<DataType> = [.date, .timestamp, .timestamptz]
        return (source.isNumeric && target.isNumeric) || (source.isString && target.isString)
            || (dated.contains(source) && dated.contains(target))
    }

    /// The table columns the test reads.
    var columns: Set<Int> {
        switch self {
        case .compare(let test): [test.column]
        case .isNull(let column, _): [column]
        case .any(let tests): tests.reduce(into: Set<Int>()) { $0.formUnion($1.columns) }
        }
    }

    /// The rows of `slice` in blocks that may hold a row passing the test.
    func candidates(in slice: SliceStorage) -> RowRanges {
        switch self {
        case .compare(let test):
            return RowRanges(ascending: slice.columns[test.column].filter { test.mayMatch($0.zoneMap) }.map(\.rows))
        case .isNull(let column, let negated):
            return RowRanges(ascending: slice.columns[column].filter { block in
                negated ? block.zoneMap.nullCount < block.rowCount : block.zoneMap.nullCount > 0
            }.map(\.rows))
        case .any(let tests):
            return tests.reduce(RowRanges(0..<0)) { $0.union($1.candidates(in: slice)) }
        }
    }
}

extension BlockPredicate.ColumnTest {
    /// Whether a block with zone map `zone` may hold a value `v` with `v op constant`.
    func mayMatch(_ zone: ZoneMap) -> Bool {
        guard !constant.isNull(0) else { return false }
        guard var bounds = zone.bounds else { return false }
        do {
            for type in casts { bounds = try CastKernel.cast(bounds, to: type) }
        } catch {
            return true
        }
        let low = RowComparison.compareValues(bounds, 0, constant, 0)
        let high = RowComparison.compareValues(bounds, 1, constant, 0)
        switch operation {
        case .equal: return low <= 0 && high >= 0
        case .notEqual: return !(low == 0 && high == 0)
        case .less: return low < 0
        case .lessOrEqual: return low <= 0
        case .greater: return high > 0
        case .greaterOrEqual: return high >= 0
        }
    }
}

extension ComparisonOperation {
    /// The operator with its operands swapped: `a < b` is `b > a`.
    var flipped: ComparisonOperation {
        switch self {
        case .equal, .notEqual: self
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        }
    }
}
