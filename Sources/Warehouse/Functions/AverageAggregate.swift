/// AVG with Redshift's result types: a truncated BIGINT mean for integers (unlike PostgreSQL),
/// DECIMAL(38, s) rounded half away from zero for DECIMAL(p, s), DOUBLE for floats.
struct AverageAccumulator: SumFolding {
    let returnType: DataType
    var state: SumState

    func finish(groupCount: Int) throws(SQLError) -> ColumnVector {
        let storage: ColumnStorage
        switch state.kind {
        case .integer:
            storage = .int64(try state.finish(groupCount: groupCount, state.integers, { sum, count in sum / count },
                                              into: FixedWidthVector<Int64>.self))
        case .decimal:
            storage = .int128(try state.finish(groupCount: groupCount, state.decimals, { sum, count in
                let magnitude = DecimalRounding.divideRounded(sum.magnitude, by: UInt128(count))
                return sum < 0 ? -Int128(magnitude) : Int128(magnitude)
            }, into: FixedWidthVector<Int128>.self))
        case .floating:
            storage = .float64(try state.finish(groupCount: groupCount, state.floats, { sum, count in sum / Double(count) },
                                                into: FixedWidthVector<Double>.self))
        }
        return ColumnVector(uncheckedType: returnType, storage: storage)
    }
}

enum AverageAggregate {
    static let function = AggregateFunction(name: "avg") { types, _ in
        guard types.count == 1, let type = types.first, type.isNumeric, let result = try? type.avgResult else { return nil }
        return ResolvedAggregate(argumentTypes: types, returnType: result) {
            AverageAccumulator(returnType: result, state: SumState(for: type))
        }
    }
}
