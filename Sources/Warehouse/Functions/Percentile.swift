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

    /// low + weight·(high − low) for integer representations, the difference scaled up by
    /// `scale` (10 for integers read as DECIMAL(20,1)) and rounded half away from zero.
    static func interpolate<Value: FixedWidthInteger, Result: FixedWidthInteger>(
        _ low: Value, _ high: Value, _ weight: Double, scale: Result) throws(SQLError) -> Result {
        guard let low = Result(exactly: low), let high = Result(exactly: high) else { throw TypeErrors.numericResultOverflow }
        let (scaledLow, lowOverflow) = low.multipliedReportingOverflow(by: scale)
        let (span, spanOverflow) = high.subtractingReportingOverflow(low)
        let step = (weight * Double(span) * Double(scale)).rounded(.toNearestOrAwayFromZero)
        guard !lowOverflow, !spanOverflow, let offset = Result(exactly: step) else { throw TypeErrors.numericResultOverflow }
        let (result, overflow) = scaledLow.addingReportingOverflow(offset)
        guard !overflow else { throw TypeErrors.numericResultOverflow }
        return result
    }
}
