/// `= <> < <= > >=` over two equal-length vectors with SQL's three-valued logic: a NULL on
/// either side gives NULL. Operands are brought to the comparison type first (see
/// `DataType.comparisonType`); DECIMALs compare across scales without rescaling; strings compare
/// byte-wise ignoring trailing blanks (Redshift does so for CHAR and VARCHAR); floats order NaN
/// above every number and equal to itself, as PostgreSQL does.
public enum ComparisonKernel: Sendable {
    /// The comparison as a BOOLEAN vector (NULL where either side is NULL or the row is not selected).
    public static func compare(_ operation: ComparisonOperation, _ left: ColumnVector, _ right: ColumnVector,
                               selection: SelectionVector? = nil) throws -> ColumnVector {
        try KernelChecks.sameLength(left, right)
        let type = try left.type.comparisonType(with: right.type, operatorSymbol: operation.symbol)
        let lhs = try CastKernel.cast(left, to: operandType(left.type, comparedAs: type), selection: selection)
        let rhs = try CastKernel.cast(right, to: operandType(right.type, comparedAs: type), selection: selection)
        typealias Output = FixedWidthVector<Bool>
        let result: Output
        switch (lhs.storage, rhs.storage) {
        case (.int16(let a), .int16(let b)): result = ordered(operation, a, b, selection)
        case (.int32(let a), .int32(let b)): result = ordered(operation, a, b, selection)
        case (.int64(let a), .int64(let b)): result = ordered(operation, a, b, selection)
        case (.int128(let a), .int128(let b)):
            let leftScale = lhs.type.decimalScale, rightScale = rhs.type.decimalScale
            if leftScale == rightScale {
                result = ordered(operation, a, b, selection)
            } else {
                result = KernelLoops.zip(a, b, selection: selection, into: Output.self) {
                    operation.holds(Decimal128.compare(Decimal128(unscaled: $0, scale: leftScale),
                                                       Decimal128(unscaled: $1, scale: rightScale)))
                }
            }
        case (.float32(let a), .float32(let b)): result = floating(operation, a, b, selection)
        case (.float64(let a), .float64(let b)): result = floating(operation, a, b, selection)
        case (.boolean(let a), .boolean(let b)):
            result = KernelLoops.zip(a, b, selection: selection, into: Output.self) {
                operation.holds($0 == $1 ? 0 : ($0 ? 1 : -1))
            }
        case (.string(let a), .string(let b)):
            result = KernelLoops.zip(a, b, selection: selection, into: Output.self) {
                operation.holds(compareIgnoringTrailingBlanks($0, $1))
            }
        default:
            throw TypeErrors.operatorDoesNotExist(left.type, operation.symbol, right.type)
        }
        return ColumnVector(uncheckedType: .boolean, storage: .boolean(result))
    }

    /// The rows (within `selection`) where the comparison is true: a filter's output.
    public static func filter(_ operation: ComparisonOperation, _ left: ColumnVector, _ right: ColumnVector,
                              selection: SelectionVector? = nil) throws -> SelectionVector {
        try BooleanKernel.trueRows(compare(operation, left, right, selection: selection), selection: selection)
    }

    /// DECIMAL comparisons keep each side's own scale (integers become DECIMAL(p, 0)); every
    /// other comparison converts both sides to the comparison type.
    private static func operandType(_ type: DataType, comparedAs comparison: DataType) -> DataType {
        if case .decimal = comparison, let decimal = type.asDecimal { return decimal }
        return comparison
    }

    @inlinable
    static func ordered<Element: Comparable & BitwiseCopyable & Sendable>(
        _ operation: ComparisonOperation, _ a: FixedWidthVector<Element>, _ b: FixedWidthVector<Element>,
        _ selection: SelectionVector?) -> FixedWidthVector<Bool> {
        KernelLoops.zip(a, b, selection: selection, into: FixedWidthVector<Bool>.self) {
            operation.holds($0 < $1 ? -1 : ($0 == $1 ? 0 : 1))
        }
    }

    @inlinable
    static func floating<Float: BinaryFloatingPoint & Sendable>(
        _ operation: ComparisonOperation, _ a: FixedWidthVector<Float>, _ b: FixedWidthVector<Float>,
        _ selection: SelectionVector?) -> FixedWidthVector<Bool> {
        KernelLoops.zip(a, b, selection: selection, into: FixedWidthVector<Bool>.self) { x, y in
            let order: Int
            if x.isNaN || y.isNaN {
                order = x.isNaN == y.isNaN ? 0 : (x.isNaN ? 1 : -1)
            } else {
                order = x < y ? -1 : (x == y ? 0 : 1)
            }
            return operation.holds(order)
        }
    }

    /// Byte-wise order of two strings with trailing blanks ignored ('a ' = 'a').
    @inlinable
    public static func compareIgnoringTrailingBlanks(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Int {
        let lengthA = StringFitting.trimmedLength(a), lengthB = StringFitting.trimmedLength(b)
        var indexA = a.startIndex, indexB = b.startIndex
        for _ in 0..<min(lengthA, lengthB) {
            let x = a[indexA], y = b[indexB]
            if x != y { return x < y ? -1 : 1 }
            indexA += 1
            indexB += 1
        }
        return lengthA == lengthB ? 0 : (lengthA < lengthB ? -1 : 1)
    }
}
