/// STDDEV/STDDEV_SAMP, STDDEV_POP, VARIANCE/VAR_SAMP and VAR_POP: DOUBLE PRECISION whatever
/// the input, as Redshift documents. Each group keeps Welford's running count, mean and sum of
/// squared deviations, which stays accurate for large values with small spread (unlike the
/// sum-of-squares formula) and merges exactly by Chan's parallel formula. With DISTINCT each
/// group keeps its set of values instead (sets merge by union) and runs the same update over
/// the set at the end.
struct VarianceAccumulator: AggregateAccumulator {
    enum Statistic: Sendable {
        case sampleVariance, populationVariance, sampleDeviation, populationDeviation
    }

    let statistic: Statistic
    let distinct: Bool
    private var counts: [Double] = []
    private var means: [Double] = []
    private var squares: [Double] = []
    private var distinctValues: [Set<Double>] = []

    init(_ statistic: Statistic, distinct: Bool) {
        self.statistic = statistic
        self.distinct = distinct
    }

    mutating func update(arguments: [ColumnVector], groups: [UInt32], groupCount: Int) throws(SQLError) {
        let values = try AccumulatorSupport.argument(arguments, 0).typed(FixedWidthVector<Double>.self)
        grow(groupCount)
        let validity = values.validity
        for row in 0..<min(values.count, groups.count) where validity.isValid(row) {
            if distinct {
                distinctValues[Int(groups[row])].insert(values.values[row])
            } else {
                add(values.values[row], to: Int(groups[row]))
            }
        }
    }

    private mutating func add(_ x: Double, to group: Int) {
        counts[group] += 1
        let delta = x - means[group]
        means[group] += delta / counts[group]
        squares[group] += delta * (x - means[group])
    }

    mutating func merge(_ other: any AggregateAccumulator, mapping: [UInt32], groupCount: Int) throws(SQLError) {
        let other = try AccumulatorSupport.partner(other, as: Self.self)
        grow(groupCount)
        if distinct {
            for (source, target) in mapping.enumerated() where source < other.distinctValues.count {
                distinctValues[Int(target)].formUnion(other.distinctValues[source])
            }
            return
        }
        for (source, target) in mapping.enumerated() where source < other.counts.count && other.counts[source] > 0 {
            let group = Int(target)
            let n1 = counts[group], n2 = other.counts[source], total = n1 + n2
            let delta = other.means[source] - means[group]
            means[group] += delta * n2 / total
            squares[group] += other.squares[source] + delta * delta * n1 * n2 / total
            counts[group] = total
        }
    }

    func finish(groupCount: Int) throws(SQLError) -> ColumnVector {
        var state = self
        if distinct {
            for group in distinctValues.indices {
                for x in distinctValues[group].sorted() { state.add(x, to: group) }
            }
        }
        return state.statistics(groupCount: groupCount)
    }

    private func statistics(groupCount: Int) -> ColumnVector {
        var output = FixedWidthVector<Double>(reservingCapacity: groupCount)
        for group in 0..<groupCount {
            let n = group < counts.count ? counts[group] : 0
            let sample = statistic == .sampleVariance || statistic == .sampleDeviation
            guard n > (sample ? 1 : 0) else {
                output.appendNull()
                continue
            }
            let variance = max(squares[group], 0) / (sample ? n - 1 : n)
            let deviation = statistic == .sampleDeviation || statistic == .populationDeviation
            output.appendValue(deviation ? variance.squareRoot() : variance)
        }
        return ColumnVector(type: .doublePrecision, column: output)
    }

    private mutating func grow(_ groupCount: Int) {
        counts.grow(to: groupCount, with: 0)
        means.grow(to: groupCount, with: 0)
        squares.grow(to: groupCount, with: 0)
        if distinct { distinctValues.grow(to: groupCount, with: []) }
    }
}
