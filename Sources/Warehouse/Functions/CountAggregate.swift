/// `COUNT(*)` counts rows; `COUNT(x)` counts non-NULL values (DISTINCT is applied by hash
/// aggregation before values arrive). Always BIGINT, 0 for an empty group.
struct CountAccumulator: AggregateAccumulator {
    private var counts: [Int64] = []

    mutating func update(arguments: [ColumnVector], groups: [UInt32], groupCount: Int) throws(SQLError) {
        GroupedFold.grow(&counts, to: groupCount, with: 0)
        if let argument = arguments.first, argument.validity.hasNulls {
            for (row, group) in groups.enumerated() where !argument.isNull(row) { counts[Int(group)] += 1 }
        } else {
            for group in groups { counts[Int(group)] += 1 }
        }
    }

    mutating func merge(_ other: any AggregateAccumulator, mapping: [UInt32], groupCount: Int) throws(SQLError) {
        let other = try GroupedFold.same(other, as: Self.self)
        GroupedFold.grow(&counts, to: groupCount, with: 0)
        for (group, count) in other.counts.enumerated() { counts[Int(mapping[group])] += count }
    }

    func finish(groupCount: Int) throws(SQLError) -> ColumnVector {
        var result = counts
        GroupedFold.grow(&result, to: groupCount, with: 0)
        return ColumnVector(uncheckedType: .bigint, storage: .int64(FixedWidthVector(values: Array(result.prefix(groupCount)))))
    }
}

enum CountAggregate {
    static let function = AggregateFunction(name: "count") { types, _ in
        guard types.count <= 1 else { return nil }
        return ResolvedAggregate(argumentTypes: types, returnType: .bigint) { CountAccumulator() }
    }
}
