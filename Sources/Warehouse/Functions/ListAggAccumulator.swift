/// LISTAGG([DISTINCT] value [, delimiter]): each group's non-empty, non-NULL values joined by
/// the delimiter (none when omitted or NULL), as VARCHAR(65535); a longer result fails with
/// Redshift's `Result size exceeds LISTAGG limit`.
///
/// Values are joined in the order they arrive, and a merged partner's values follow this
/// accumulator's: the planner realises `WITHIN GROUP (ORDER BY …)` by feeding rows sorted on
/// those keys (and merging partials in that order). DISTINCT keeps each value's first occurrence.
struct ListAggAccumulator: AggregateAccumulator {
    static let limitExceeded = SQLError(SQLState.internalError, "Result size exceeds LISTAGG limit")

    let distinct: Bool
    private var delimiter: ArraySlice<UInt8>?
    /// Each group's values in order (nil: no value yet, so the result is NULL).
    private var items: [[[UInt8]]] = []
    private var sizes: [Int] = []
    private var seen: [Set<[UInt8]>] = []

    init(distinct: Bool) {
        self.distinct = distinct
    }

    mutating func update(arguments: [ColumnVector], groups: [UInt32], groupCount: Int) throws(SQLError) {
        let values = try AccumulatorSupport.argument(arguments, 0).typed(StringVector.self)
        if arguments.count > 1 {
            delimiter = try AccumulatorSupport.constant(try arguments[1].typed(StringVector.self), current: delimiter,
                                                        name: "LISTAGG delimiter")
        }
        grow(groupCount)
        for row in 0..<min(values.count, groups.count) where values.validity.isValid(row) {
            try append(Array(values.element(row)), to: Int(groups[row]))
        }
    }

    mutating func merge(_ other: any AggregateAccumulator, mapping: [UInt32], groupCount: Int) throws(SQLError) {
        let other = try AccumulatorSupport.partner(other, as: Self.self)
        delimiter = delimiter ?? other.delimiter
        grow(groupCount)
        for (source, target) in mapping.enumerated() where source < other.items.count {
            for item in other.items[source] { try append(item, to: Int(target)) }
        }
    }

    func finish(groupCount: Int) throws(SQLError) -> ColumnVector {
        var output = StringVector(reservingCapacity: groupCount)
        for group in 0..<groupCount {
            guard group < items.count, !items[group].isEmpty else {
                output.appendNull()
                continue
            }
            output.append(bytes: Array(items[group].joined(separator: delimiter ?? [])))
        }
        return ColumnVector(type: .varchar(length: DataType.maxVarcharLength), column: output)
    }

    private mutating func append(_ value: [UInt8], to group: Int) throws(SQLError) {
        guard !value.isEmpty else { return }
        if distinct {
            guard seen[group].insert(value).inserted else { return }
        }
        let size = sizes[group] + value.count + (items[group].isEmpty ? 0 : delimiter?.count ?? 0)
        guard size <= DataType.maxVarcharLength else { throw Self.limitExceeded }
        sizes[group] = size
        items[group].append(value)
    }

    private mutating func grow(_ groupCount: Int) {
        items.grow(to: groupCount, with: [])
        sizes.grow(to: groupCount, with: 0)
        if distinct { seen.grow(to: groupCount, with: []) }
    }
}
