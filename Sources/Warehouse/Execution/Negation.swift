/// Unary minus over a numeric vector, with the integer types' `out of range` for the one value
/// that has no negation.
enum Negation {
    static func apply(_ vector: ColumnVector) throws -> ColumnVector {
        let storage: ColumnStorage
        switch vector.storage {
        case .int16(let values): storage = .int16(try integers(values, vector.type))
        case .int32(let values): storage = .int32(try integers(values, vector.type))
        case .int64(let values): storage = .int64(try integers(values, vector.type))
        case .int128(let values): storage = .int128(KernelLoops.map(values, selection: nil, into: FixedWidthVector<Int128>.self) { -$0 })
        case .float32(let values): storage = .float32(KernelLoops.map(values, selection: nil, into: FixedWidthVector<Float>.self) { -$0 })
        case .float64(let values): storage = .float64(KernelLoops.map(values, selection: nil, into: FixedWidthVector<Double>.self) { -$0 })
        default:
            throw SQLError(SQLState.undefinedFunction, "operator does not exist: - \(vector.type.baseName)")
        }
        return ColumnVector(uncheckedType: vector.type, storage: storage)
    }

    private static func integers<Integer: FixedWidthInteger & Sendable>(
        _ values: FixedWidthVector<Integer>, _ type: DataType) throws -> FixedWidthVector<Integer> {
        try KernelLoops.map(values, selection: nil, into: FixedWidthVector<Integer>.self) { value in
            let (result, overflow) = Integer.zero.subtractingReportingOverflow(value)
            if overflow { throw TypeErrors.outOfRange(type) }
            return result
        }
    }
}
