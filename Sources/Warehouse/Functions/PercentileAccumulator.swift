/// MEDIAN, PERCENTILE_CONT and PERCENTILE_DISC. Each group keeps its non-NULL values (an exact
/// inverse distribution needs them all) and sorts them once at the end, so the order rows
/// arrive in does not matter.
///
/// Arguments: `median(x)` passes `[x]`; `percentile_cont(f) WITHIN GROUP (ORDER BY x)` passes
/// `[f, x]`, the fraction first as written, a constant between 0 and 1 read as DOUBLE PRECISION.
struct PercentileAccumulator<Element: StorableElement & Comparable, Output: StorableElement>: AggregateAccumulator {
    /// The result for a group's sorted, non-empty values and the fraction.
    typealias Pick = @Sendable (_ sorted: [Element], _ fraction: Double) throws(SQLError) -> Output

    let resultType: DataType
    let fixedFraction: Double?
    let pick: Pick
    private var fraction: Double?
    private var groups: [[Element]] = []

    /// `fixedFraction` is MEDIAN's 0.5; nil reads the fraction from the first argument.
    init(resultType: DataType, fixedFraction: Double?, pick: @escaping Pick) {
        self.resultType = resultType
        self.fixedFraction = fixedFraction
        self.pick = pick
        fraction = fixedFraction
    }

    mutating func update(arguments: [ColumnVector], groups rowGroups: [UInt32], groupCount: Int) throws(SQLError) {
        let valueIndex = fixedFraction == nil ? 1 : 0
        if fixedFraction == nil {
            let fractions = try AccumulatorSupport.argument(arguments, 0).typed(FixedWidthVector<Double>.self)
            fraction = try AccumulatorSupport.constant(fractions, current: fraction, name: "percentile")
            if let fraction, !(0...1).contains(fraction) {
                throw SQLError(SQLState.invalidParameterValue, "percentile value \(FloatText.format(fraction)) is not between 0 and 1")
            }
        }
        let values = try AccumulatorSupport.argument(arguments, valueIndex).typed(FixedWidthVector<Element>.self)
        groups.grow(to: groupCount, with: [])
        for row in 0..<min(values.count, rowGroups.count) where values.validity.isValid(row) {
            groups[Int(rowGroups[row])].append(values.values[row])
        }
    }

    mutating func merge(_ other: any AggregateAccumulator, mapping: [UInt32], groupCount: Int) throws(SQLError) {
        let other = try AccumulatorSupport.partner(other, as: Self.self)
        fraction = fraction ?? other.fraction
        groups.grow(to: groupCount, with: [])
        for (source, target) in mapping.enumerated() where source < other.groups.count {
            groups[Int(target)].append(contentsOf: other.groups[source])
        }
    }

    func finish(groupCount: Int) throws(SQLError) -> ColumnVector {
        var output = FixedWidthVector<Output>(reservingCapacity: groupCount)
        for group in 0..<groupCount {
            guard group < groups.count, !groups[group].isEmpty, let fraction else {
                output.appendNull()
                continue
            }
            output.appendValue(try pick(groups[group].sorted(), fraction))
        }
        return ColumnVector(type: resultType, column: output)
    }
}
