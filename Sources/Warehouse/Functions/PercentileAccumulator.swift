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

/// The two inverse distributions over sorted values.
enum Percentile {
    /// PERCENTILE_DISC: the first value whose cumulative distribution reaches the fraction.
    static func discrete<Element>(_ sorted: [Element], _ fraction: Double) -> Element {
        let index = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(index, 0), sorted.count - 1)]
    }

    /// PERCENTILE_CONT: row number RN = 1 + f·(N − 1), interpolating linearly between the rows
    /// either side of it; `interpolate(low, high, weight)` computes in the element's own terms.
    static func continuous<Element, Result>(_ sorted: [Element], _ fraction: Double,
                                            _ interpolate: (Element, Element, Double) throws(SQLError) -> Result)
        throws(SQLError) -> Result {
        let position = fraction * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return try interpolate(sorted[lower], sorted[upper], position - Double(lower))
    }
}

extension Percentile {
    /// low + weight·(high − low) for integer representations, the difference scaled up by
    /// `scale` (10 for integers read as DECIMAL(20,1)) and rounded half away from zero.
    static func interpolate<Value: FixedWidthInteger, Result: FixedWidthInteger>(
        _ low: Value, _ high: Value, _ weight: Double, scale: Result) throws(SQLError) -> Result {
        guard let lowScaled = Result(exactly: low)?.multipliedReportingOverflow(by: scale),
              !lowScaled.overflow, let span = Result(exactly: high)?.subtractingReportingOverflow(Result(exactly: low) ?? 0),
              !span.overflow else { throw TypeErrors.numericResultOverflow }
        let step = (weight * Double(span.partialValue) * Double(scale)).rounded(.toNearestOrAwayFromZero)
        guard let offset = Result(exactly: step) else { throw TypeErrors.numericResultOverflow }
        let (result, overflow) = lowScaled.partialValue.addingReportingOverflow(offset)
        guard !overflow else { throw TypeErrors.numericResultOverflow }
        return result
    }
}
