/// `+ - * / %` over two equal-length column vectors. Operands are first brought to the result
/// type Redshift assigns (integers widen, REAL/DOUBLE mix to DOUBLE, DECIMALs keep their own
/// scales and follow `DecimalOperation`), then one typed loop runs. Integer overflow raises
/// `integer out of range` (`smallint`/`bigint`), a zero divisor `division by zero`; integer
/// division truncates (`7/2` is 3).
public enum ArithmeticKernel: Sendable {
    public static func apply(_ operation: ArithmeticOperation, _ left: ColumnVector, _ right: ColumnVector,
                             selection: SelectionVector? = nil) throws -> ColumnVector {
        let count = try BroadcastShape.checked(left, right)
        let resultType = try DataType.arithmeticResult(operation, left.type, right.type)
        if case .decimal = resultType {
            return try decimal(operation, left, right, count: count, selection: selection)
        }
        let lhs = try CastKernel.cast(left, to: resultType, selection: BroadcastShape.selection(selection, left, count))
        let rhs = try CastKernel.cast(right, to: resultType, selection: BroadcastShape.selection(selection, right, count))
        let storage: ColumnStorage
        switch (lhs.storage, rhs.storage) {
        case (.int16(let a), .int16(let b)): storage = .int16(try integer(operation, a, b, resultType, selection))
        case (.int32(let a), .int32(let b)): storage = .int32(try integer(operation, a, b, resultType, selection))
        case (.int64(let a), .int64(let b)): storage = .int64(try integer(operation, a, b, resultType, selection))
        case (.float32(let a), .float32(let b)): storage = .float32(try floating(operation, a, b, selection))
        case (.float64(let a), .float64(let b)): storage = .float64(try floating(operation, a, b, selection))
        default: throw TypeErrors.operatorDoesNotExist(left.type, operation.symbol, right.type)
        }
        return ColumnVector(uncheckedType: resultType, storage: storage)
    }

    @inlinable
    static func integer<Integer: FixedWidthInteger & Sendable>(
        _ operation: ArithmeticOperation, _ a: FixedWidthVector<Integer>, _ b: FixedWidthVector<Integer>,
        _ type: DataType, _ selection: SelectionVector?) throws -> FixedWidthVector<Integer> {
        let overflow = TypeErrors.outOfRange(type)
        typealias Output = FixedWidthVector<Integer>
        switch operation {
        case .add:
            return try KernelLoops.zip(a, b, selection: selection, into: Output.self) { x, y in
                let (result, overflowed) = x.addingReportingOverflow(y)
                if overflowed { throw overflow }
                return result
            }
        case .subtract:
            return try KernelLoops.zip(a, b, selection: selection, into: Output.self) { x, y in
                let (result, overflowed) = x.subtractingReportingOverflow(y)
                if overflowed { throw overflow }
                return result
            }
        case .multiply:
            return try KernelLoops.zip(a, b, selection: selection, into: Output.self) { x, y in
                let (result, overflowed) = x.multipliedReportingOverflow(by: y)
                if overflowed { throw overflow }
                return result
            }
        case .divide:
            return try KernelLoops.zip(a, b, selection: selection, into: Output.self) { x, y in
                if y == 0 { throw TypeErrors.divisionByZero }
                let (result, overflowed) = x.dividedReportingOverflow(by: y)
                if overflowed { throw overflow }
                return result
            }
        case .modulo:
            return try KernelLoops.zip(a, b, selection: selection, into: Output.self) { x, y in
                if y == 0 { throw TypeErrors.divisionByZero }
                return y == -1 ? 0 : x % y
            }
        }
    }

    /// Float arithmetic: a zero divisor is an error and a finite computation that overflows to
    /// infinity raises `value out of range: overflow`, as PostgreSQL's float operators do.
    @inlinable
    static func floating<Float: BinaryFloatingPoint & Sendable>(
        _ operation: ArithmeticOperation, _ a: FixedWidthVector<Float>, _ b: FixedWidthVector<Float>,
        _ selection: SelectionVector?) throws -> FixedWidthVector<Float> {
        let overflow = SQLError(SQLState.numericValueOutOfRange, "value out of range: overflow")
        return try KernelLoops.zip(a, b, selection: selection, into: FixedWidthVector<Float>.self) { x, y in
            let result: Float
            switch operation {
            case .add: result = x + y
            case .subtract: result = x - y
            case .multiply: result = x * y
            case .divide:
                if y == 0 { throw TypeErrors.divisionByZero }
                result = x / y
            case .modulo:
                throw TypeErrors.operatorDoesNotExist(.doublePrecision, "%", .doublePrecision)
            }
            if result.isInfinite && x.isFinite && y.isFinite { throw overflow }
            return result
        }
    }

    /// DECIMAL arithmetic: integer operands become DECIMAL(5/10/19, 0) and each side keeps its
    /// own scale; the bound `DecimalOperation` aligns, computes and checks the result precision.
    private static func decimal(_ operation: ArithmeticOperation, _ left: ColumnVector, _ right: ColumnVector,
                                count: Int, selection: SelectionVector?) throws -> ColumnVector {
        guard let leftType = left.type.asDecimal, let rightType = right.type.asDecimal else {
            throw TypeErrors.operatorDoesNotExist(left.type, operation.symbol, right.type)
        }
        let bound = try DecimalOperation(operation, left: leftType, right: rightType)
        var lhs = try CastKernel.cast(left, to: leftType, selection: BroadcastShape.selection(selection, left, count))
        var rhs = try CastKernel.cast(right, to: rightType, selection: BroadcastShape.selection(selection, right, count))
        // Sums and differences of one scale skip the per-row rescale.
        if operation == .add || operation == .subtract, leftType.decimalScale != rightType.decimalScale,
           let aligned = DecimalAlignment.aligned(lhs, rhs) {
            (lhs, rhs) = aligned
        }
        guard case .int128(let a) = lhs.storage, case .int128(let b) = rhs.storage else {
            throw TypeErrors.operatorDoesNotExist(left.type, operation.symbol, right.type)
        }
        let op = DecimalOperation(operation, leftScale: lhs.type.decimalScale, rightScale: rhs.type.decimalScale,
                                  resultPrecision: bound.resultPrecision, resultScale: bound.resultScale)
        typealias Output = FixedWidthVector<Int128>
        let values: Output
        switch operation {
        case .add: values = try KernelLoops.zip(a, b, selection: selection, into: Output.self) { try op.add($0, $1) }
        case .subtract: values = try KernelLoops.zip(a, b, selection: selection, into: Output.self) { try op.subtract($0, $1) }
        case .multiply:
            values = try KernelLoops.zip(a, b, selection: selection, into: Output.self) { try op.checked(op.multiply($0, $1)) }
        case .divide, .modulo: values = try KernelLoops.zip(a, b, selection: selection, into: Output.self) { try op.apply($0, $1) }
        }
        return ColumnVector(uncheckedType: bound.resultType, storage: .int128(values))
    }
}
