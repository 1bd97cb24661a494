/// LISTAGG([DISTINCT] value [, delimiter]) [WITHIN GROUP (ORDER BY keys)]: each group's
/// non-empty, non-NULL values joined by the delimiter (none when omitted or NULL), as
/// VARCHAR(65535); a longer result fails with Redshift's `Result size exceeds LISTAGG limit`.
///
/// Arguments are `[value, delimiter, key...]`. Without keys values are joined in arrival order
/// (a merged partner's after this accumulator's). With keys each value remembers where its
/// keys are (the batch's key columns are kept) and `finish` sorts each group by them,
/// ascending with NULLs last. DISTINCT keeps each value's first occurrence.
struct ListAggAccumulator: AggregateAccumulator {
    static let limitExceeded = SQLError(SQLState.internalError, "Result size exceeds LISTAGG limit")

    /// One listed value and the row of `keyBatches` holding its ordering keys.
    private struct Item: Sendable {
        var value: [UInt8]
        var batch: Int
        var row: Int
    }

    let distinct: Bool
    private var delimiter: ArraySlice<UInt8>?
    private var items: [[Item]] = []
    private var sizes: [Int] = []
    private var seen: [Set<[UInt8]>] = []
    /// The WITHIN GROUP key columns of each batch seen.
    private var keyBatches: [[ColumnVector]] = []

    init(distinct: Bool) {
        self.distinct = distinct
    }

    mutating func update(arguments: [ColumnVector], groups: [UInt32], groupCount: Int) throws(SQLError) {
        let values = try AccumulatorSupport.argument(arguments, 0).typed(StringVector.self)
        if arguments.count > 1 {
            delimiter = try AccumulatorSupport.constant(try arguments[1].typed(StringVector.self), current: delimiter,
                                                        name: "LISTAGG delimiter")
        }
        let batch = keyBatches.count
        keyBatches.append(Array(arguments.dropFirst(2)))
        grow(groupCount)
        for row in 0..<min(values.count, groups.count) where values.validity.isValid(row) {
            try append(Item(value: Array(values.element(row)), batch: batch, row: row), to: Int(groups[row]))
        }
    }

    mutating func merge(_ other: any AggregateAccumulator, mapping: [UInt32], groupCount: Int) throws(SQLError) {
        let other = try AccumulatorSupport.partner(other, as: Self.self)
        delimiter = delimiter ?? other.delimiter
        let offset = keyBatches.count
        keyBatches += other.keyBatches
        grow(groupCount)
        for (source, target) in mapping.enumerated() where source < other.items.count {
            for var item in other.items[source] {
                item.batch += offset
                try append(item, to: Int(target))
            }
        }
    }

    func finish(groupCount: Int) throws(SQLError) -> ColumnVector {
        var output = StringVector(reservingCapacity: groupCount)
        for group in 0..<groupCount {
            guard group < items.count, !items[group].isEmpty else {
                output.appendNull()
                continue
            }
            let ordered = keyBatches.contains { !$0.isEmpty } ? items[group].sorted(by: precedes) : items[group]
            output.append(bytes: Array(ordered.map(\.value).joined(separator: delimiter ?? [])))
        }
        return ColumnVector(type: .varchar(length: DataType.maxVarcharLength), column: output)
    }

    /// WITHIN GROUP order: keys compared left to right, ascending, NULLs last; ties keep
    /// arrival order.
    private func precedes(_ a: Item, _ b: Item) -> Bool {
        let left = keyBatches[a.batch], right = keyBatches[b.batch]
        for (x, y) in zip(left, right) {
            let xNull = x.isNull(a.row), yNull = y.isNull(b.row)
            if xNull || yNull {
                if xNull != yNull { return yNull }
                continue
            }
            let comparison = RowComparison.compareValues(x, a.row, y, b.row)
            if comparison != 0 { return comparison < 0 }
        }
        return (a.batch, a.row) < (b.batch, b.row)
    }

    private mutating func append(_ item: Item, to group: Int) throws(SQLError) {
        guard !item.value.isEmpty else { return }
        if distinct {
            guard seen[group].insert(item.value).inserted else { return }
        }
        let size = sizes[group] + item.value.count + (items[group].isEmpty ? 0 : delimiter?.count ?? 0)
        guard size <= DataType.maxVarcharLength else { throw Self.limitExceeded }
        sizes[group] = size
        items[group].append(item)
    }

    private mutating func grow(_ groupCount: Int) {
        items.grow(to: groupCount, with: [])
        sizes.grow(to: groupCount, with: 0)
        if distinct { seen.grow(to: groupCount, with: []) }
    }
}
