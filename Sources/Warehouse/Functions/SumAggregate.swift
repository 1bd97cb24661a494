/// Running sums per group in the widest type of the input's family: BIGINT for integers
/// (`bigint out of range` on overflow), 128-bit unscaled values for DECIMAL (`Numeric data
/// overflow` beyond 38 digits), DOUBLE for floats. AVG shares it and divides at the end.
struct SumState: Sendable {
    enum Kind: Sendable { case integer, decimal, floating }

    let kind: Kind
    /// The sums of the kind in use; the other two stay empty. Separate stored arrays (not an
    /// enum's payloads) so every batch updates them in place: unwrapping a payload held a
    /// second reference and copied every group's sum per batch.
    var integers: [Int64] = []
    var decimals: [Int128] = []
    var floats: [Double] = []
    var counts: [Int64] = []

    init(for type: DataType) {
        switch type {
        case .decimal: kind = .decimal
        case .real, .doublePrecision: kind = .floating
        default: kind = .integer
        }
    }

    mutating func add(_ argument: ColumnVector, groups: [UInt32], groupCount: Int) throws(SQLError) {
        GroupedFold.grow(&counts, to: groupCount, with: 0)
        do {
            switch (kind, argument.storage) {
            case (.integer, .int16(let vector)): try Self.addIntegers(vector, groups, groupCount, &integers, &counts)
            case (.integer, .int32(let vector)): try Self.addIntegers(vector, groups, groupCount, &integers, &counts)
            case (.integer, .int64(let vector)): try Self.addIntegers(vector, groups, groupCount, &integers, &counts)
            case (.decimal, .int128(let vector)):
                GroupedFold.grow(&decimals, to: groupCount, with: 0)
                let limit = DecimalPowers.of(DataType.maxDecimalPrecision)
                try decimals.withUnsafeMutableBufferPointer { sums in
                    try counts.withUnsafeMutableBufferPointer { counts in
                        try GroupedFold.forEachValue(vector, groups) { group, value in
                            let (sum, overflow) = sums[group].addingReportingOverflow(value)
                            guard !overflow, sum.magnitude < limit else { throw TypeErrors.numericResultOverflow }
                            sums[group] = sum
                            counts[group] += 1
                        }
                    }
                }
            case (.floating, .float32(let vector)):
                GroupedFold.grow(&floats, to: groupCount, with: 0)
                GroupedFold.forEachValue(vector, groups) { group, value in
                    floats[group] += Double(value)
                    counts[group] += 1
                }
            case (.floating, .float64(let vector)):
                GroupedFold.grow(&floats, to: groupCount, with: 0)
                GroupedFold.forEachValue(vector, groups) { group, value in
                    floats[group] += value
                    counts[group] += 1
                }
            default:
                throw SQLError(SQLState.internalError, "sum of \(argument.type.sqlName) values")
            }
        } catch let error as SQLError {
            throw error
        } catch {
            throw SQLError(SQLState.internalError, "\(error)")
        }
    }

    private static func addIntegers<Integer: FixedWidthInteger & Sendable>(
        _ vector: FixedWidthVector<Integer>, _ groups: [UInt32], _ groupCount: Int,
        _ values: inout [Int64], _ counts: inout [Int64]) throws {
        GroupedFold.grow(&values, to: groupCount, with: 0)
        try values.withUnsafeMutableBufferPointer { sums in
            try counts.withUnsafeMutableBufferPointer { counts in
                try GroupedFold.forEachValue(vector, groups) { group, value in
                    let (sum, overflow) = sums[group].addingReportingOverflow(Int64(value))
                    if overflow { throw TypeErrors.outOfRange(.bigint) }
                    sums[group] = sum
                    counts[group] += 1
                }
            }
        }
    }

    /// Folds another state's groups into this one's (`mapping[g]` is this state's group).
    mutating func merge(_ other: SumState, mapping: [UInt32], groupCount: Int) throws(SQLError) {
        GroupedFold.grow(&counts, to: groupCount, with: 0)
        for (group, count) in other.counts.enumerated() { counts[Int(mapping[group])] += count }
        switch kind {
        case .integer:
            GroupedFold.grow(&integers, to: groupCount, with: 0)
            for (group, value) in other.integers.enumerated() {
                let (sum, overflow) = integers[Int(mapping[group])].addingReportingOverflow(value)
                if overflow { throw TypeErrors.outOfRange(.bigint) }
                integers[Int(mapping[group])] = sum
            }
        case .decimal:
            GroupedFold.grow(&decimals, to: groupCount, with: 0)
            let limit = DecimalPowers.of(DataType.maxDecimalPrecision)
            for (group, value) in other.decimals.enumerated() {
                let (sum, overflow) = decimals[Int(mapping[group])].addingReportingOverflow(value)
                guard !overflow, sum.magnitude < limit else { throw TypeErrors.numericResultOverflow }
                decimals[Int(mapping[group])] = sum
            }
        case .floating:
            GroupedFold.grow(&floats, to: groupCount, with: 0)
            for (group, value) in other.floats.enumerated() { floats[Int(mapping[group])] += value }
        }
    }

    /// One value per group from each group's sum and count; NULL for groups without values.
    func finish<Element>(groupCount: Int, _ sums: [Element], _ value: (Element, Int64) throws(SQLError) -> Element,
                         into _: FixedWidthVector<Element>.Type) throws(SQLError) -> FixedWidthVector<Element> {
        var result = FixedWidthVector<Element>(reservingCapacity: groupCount)
        for group in 0..<groupCount {
            if group < counts.count, counts[group] > 0 {
                result.appendValue(try value(sums[group], counts[group]))
            } else {
                result.appendNull()
            }
        }
        return result
    }
}

/// SUM and AVG fold their argument into the same per-group sums and counts and differ only in
/// how `finish` turns them into values.
protocol SumFolding: AggregateAccumulator {
    var state: SumState { get set }
}

extension SumFolding {
    mutating func update(arguments: [ColumnVector], groups: [UInt32], groupCount: Int) throws(SQLError) {
        guard let argument = arguments.first else { return }
        try state.add(argument, groups: groups, groupCount: groupCount)
    }

    mutating func merge(_ other: any AggregateAccumulator, mapping: [UInt32], groupCount: Int) throws(SQLError) {
        try state.merge(GroupedFold.same(other, as: Self.self).state, mapping: mapping, groupCount: groupCount)
    }
}

struct SumAccumulator: SumFolding {
    let returnType: DataType
    var state: SumState

    func finish(groupCount: Int) throws(SQLError) -> ColumnVector {
        let storage: ColumnStorage
        switch state.kind {
        case .integer: storage = .int64(try state.finish(groupCount: groupCount, state.integers, { sum, _ in sum }, into: FixedWidthVector<Int64>.self))
        case .decimal: storage = .int128(try state.finish(groupCount: groupCount, state.decimals, { sum, _ in sum }, into: FixedWidthVector<Int128>.self))
        case .floating: storage = .float64(try state.finish(groupCount: groupCount, state.floats, { sum, _ in sum }, into: FixedWidthVector<Double>.self))
        }
        return ColumnVector(uncheckedType: returnType, storage: storage)
    }
}

enum SumAggregate {
    static let function = AggregateFunction(name: "sum") { types, _ in
        guard types.count == 1, let type = types.first, type.isNumeric, let result = try? type.sumResult else { return nil }
        return ResolvedAggregate(argumentTypes: types, returnType: result) {
            SumAccumulator(returnType: result, state: SumState(for: type))
        }
    }
}
