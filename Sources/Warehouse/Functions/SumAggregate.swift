/// Running sums per group in the widest type of the input's family: BIGINT for integers
/// (`bigint out of range` on overflow), 128-bit unscaled values for DECIMAL (`Numeric data
/// overflow` beyond 38 digits), DOUBLE for floats. AVG shares it and divides at the end.
struct SumState: Sendable {
    enum Sums: Sendable {
        case integer([Int64])
        case decimal([Int128])
        case floating([Double])
    }

    var sums: Sums
    var counts: [Int64] = []

    init(for type: DataType) {
        switch type {
        case .decimal: sums = .decimal([])
        case .real, .doublePrecision: sums = .floating([])
        default: sums = .integer([])
        }
    }

    mutating func add(_ argument: ColumnVector, groups: [UInt32], groupCount: Int) throws(SQLError) {
        GroupedFold.grow(&counts, to: groupCount, with: 0)
        do {
            switch (sums, argument.storage) {
            case (.integer(var values), .int16(let vector)):
                // Drops the stored reference so the updates below run in place, not on a copy
                // of every group's state per batch.
                sums = .integer([])
                try Self.addIntegers(vector, groups, groupCount, &values, &counts)
                sums = .integer(values)
            case (.integer(var values), .int32(let vector)):
                sums = .integer([])
                try Self.addIntegers(vector, groups, groupCount, &values, &counts)
                sums = .integer(values)
            case (.integer(var values), .int64(let vector)):
                sums = .integer([])
                try Self.addIntegers(vector, groups, groupCount, &values, &counts)
                sums = .integer(values)
            case (.decimal(var values), .int128(let vector)):
                sums = .integer([])
                GroupedFold.grow(&values, to: groupCount, with: 0)
                let limit = DecimalPowers.of(DataType.maxDecimalPrecision)
                try GroupedFold.forEachValue(vector, groups) { group, value in
                    let (sum, overflow) = values[group].addingReportingOverflow(value)
                    guard !overflow, sum.magnitude < limit else { throw TypeErrors.numericResultOverflow }
                    values[group] = sum
                    counts[group] += 1
                }
                sums = .decimal(values)
            case (.floating(var values), .float32(let vector)):
                sums = .integer([])
                GroupedFold.grow(&values, to: groupCount, with: 0)
                GroupedFold.forEachValue(vector, groups) { group, value in
                    values[group] += Double(value)
                    counts[group] += 1
                }
                sums = .floating(values)
            case (.floating(var values), .float64(let vector)):
                sums = .integer([])
                GroupedFold.grow(&values, to: groupCount, with: 0)
                GroupedFold.forEachValue(vector, groups) { group, value in
                    values[group] += value
                    counts[group] += 1
                }
                sums = .floating(values)
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
        try GroupedFold.forEachValue(vector, groups) { group, value in
            let (sum, overflow) = values[group].addingReportingOverflow(Int64(value))
            if overflow { throw TypeErrors.outOfRange(.bigint) }
            values[group] = sum
            counts[group] += 1
        }
    }

    /// Folds another state's groups into this one's (`mapping[g]` is this state's group).
    mutating func merge(_ other: SumState, mapping: [UInt32], groupCount: Int) throws(SQLError) {
        GroupedFold.grow(&counts, to: groupCount, with: 0)
        for (group, count) in other.counts.enumerated() { counts[Int(mapping[group])] += count }
        switch (sums, other.sums) {
        case (.integer(var values), .integer(let more)):
            GroupedFold.grow(&values, to: groupCount, with: 0)
            for (group, value) in more.enumerated() {
                let (sum, overflow) = values[Int(mapping[group])].addingReportingOverflow(value)
                if overflow { throw TypeErrors.outOfRange(.bigint) }
                values[Int(mapping[group])] = sum
            }
            sums = .integer(values)
        case (.decimal(var values), .decimal(let more)):
            GroupedFold.grow(&values, to: groupCount, with: 0)
            let limit = DecimalPowers.of(DataType.maxDecimalPrecision)
            for (group, value) in more.enumerated() {
                let (sum, overflow) = values[Int(mapping[group])].addingReportingOverflow(value)
                guard !overflow, sum.magnitude < limit else { throw TypeErrors.numericResultOverflow }
                values[Int(mapping[group])] = sum
            }
            sums = .decimal(values)
        case (.floating(var values), .floating(let more)):
            GroupedFold.grow(&values, to: groupCount, with: 0)
            for (group, value) in more.enumerated() { values[Int(mapping[group])] += value }
            sums = .floating(values)
        default:
            throw SQLError(SQLState.internalError, "cannot merge sums of different types")
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
        switch state.sums {
        case .integer(let sums): storage = .int64(try state.finish(groupCount: groupCount, sums, { sum, _ in sum }, into: FixedWidthVector<Int64>.self))
        case .decimal(let sums): storage = .int128(try state.finish(groupCount: groupCount, sums, { sum, _ in sum }, into: FixedWidthVector<Int128>.self))
        case .floating(let sums): storage = .float64(try state.finish(groupCount: groupCount, sums, { sum, _ in sum }, into: FixedWidthVector<Double>.self))
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
