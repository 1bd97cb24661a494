/// The statistical and ordered-set aggregates, appended to `AggregateFunctionLibrary.all` by
/// the lead at merge:
/// - STDDEV/STDDEV_SAMP, STDDEV_POP, VARIANCE/VAR_SAMP, VAR_POP → DOUBLE PRECISION;
/// - MEDIAN(x), PERCENTILE_CONT(f, x), PERCENTILE_DISC(f, x) (the binder passes
///   `WITHIN GROUP (ORDER BY x)` as the last argument, after the fraction, ascending order);
/// - LISTAGG([DISTINCT] x [, delimiter]) (rows fed in WITHIN GROUP order);
/// - APPROXIMATE COUNT(DISTINCT x), registered as `approximate_count` with distinct = true, and
///   APPROXIMATE PERCENTILE_DISC(f) WITHIN GROUP (ORDER BY x) as `approximate_percentile_disc(f, x)`;
/// - BOOL_AND, BOOL_OR, BIT_AND, BIT_OR.
/// DISTINCT is accepted by the variance family, LISTAGG and `approximate_count` (which requires
/// it); the percentiles reject it (resolution fails); BOOL/BIT folds are unaffected by it.
public enum StatisticalAggregates {
    public static let all: [AggregateFunction] = variances + percentiles + [listagg, approximateCount] + folds

    private static let variances: [AggregateFunction] = [
        ("stddev", .sampleDeviation), ("stddev_samp", .sampleDeviation), ("stddev_pop", .populationDeviation),
        ("variance", .sampleVariance), ("var_samp", .sampleVariance), ("var_pop", .populationVariance),
    ].map { name, statistic in
        AggregateFunction(name: name) { types, distinct throws(SQLError) in
            guard types.count == 1, types[0].isNumeric else { return nil }
            return ResolvedAggregate(argumentTypes: [.doublePrecision], returnType: .doublePrecision) {
                VarianceAccumulator(statistic, distinct: distinct)
            }
        }
    }

    private static let percentiles: [AggregateFunction] = [
        AggregateFunction(name: "median") { types, distinct throws(SQLError) in
            guard !distinct, types.count == 1 else { return nil }
            return continuous(types[0], fraction: 0.5)
        },
        AggregateFunction(name: "percentile_cont") { types, distinct throws(SQLError) in
            guard !distinct, types.count == 2, types[0].isNumeric else { return nil }
            return continuous(types[1], fraction: nil)
        },
        AggregateFunction(name: "percentile_disc") { types, distinct throws(SQLError) in
            guard !distinct, types.count == 2, types[0].isNumeric else { return nil }
            return discrete(types[1])
        },
        // APPROXIMATE PERCENTILE_DISC: Redshift answers from a quantile summary within its
        // error bound; the exact answer is always within that bound.
        AggregateFunction(name: "approximate_percentile_disc") { types, distinct throws(SQLError) in
            guard !distinct, types.count == 2, types[0].isNumeric else { return nil }
            return discrete(types[1])
        },
    ]

    /// PERCENTILE_CONT/MEDIAN result types as Redshift documents them: integers and DECIMAL give
    /// DECIMAL (integers with one fractional digit, DECIMAL(p,s) as DECIMAL(38,s)), floats DOUBLE
    /// PRECISION, DATE and TIMESTAMP(TZ) themselves.
    private static func continuous(_ type: DataType, fraction: Double?) -> ResolvedAggregate? {
        let prefix: [DataType] = fraction == nil ? [.doublePrecision] : []
        func make<Element: StorableElement & Comparable, Output: StorableElement>(
            _ input: DataType, _ result: DataType, _: Element.Type,
            _ interpolate: @escaping @Sendable (Element, Element, Double) throws(SQLError) -> Output) -> ResolvedAggregate {
            ResolvedAggregate(argumentTypes: prefix + [input], returnType: result) {
                PercentileAccumulator<Element, Output>(resultType: result, fixedFraction: fraction) { sorted, fraction throws(SQLError) in
                    try Percentile.continuous(sorted, fraction, interpolate)
                }
            }
        }
        switch type {
        case .smallint, .integer, .bigint:
            return make(.bigint, .decimal(precision: 20, scale: 1), Int64.self) { low, high, weight throws(SQLError) in
                try Percentile.interpolate(low, high, weight, scale: Int128(10))
            }
        case .decimal(_, let scale):
            return make(type, .decimal(precision: DataType.maxDecimalPrecision, scale: scale), Int128.self) {
                low, high, weight throws(SQLError) in try Percentile.interpolate(low, high, weight, scale: Int128(1))
            }
        case .real, .doublePrecision:
            return make(.doublePrecision, .doublePrecision, Double.self) { low, high, weight in low + weight * (high - low) }
        case .date:
            return make(.date, .date, Int32.self) { low, high, weight throws(SQLError) in
                try Percentile.interpolate(low, high, weight, scale: Int32(1))
            }
        case .timestamp, .timestamptz:
            return make(type, type, Int64.self) { low, high, weight throws(SQLError) in
                try Percentile.interpolate(low, high, weight, scale: Int64(1))
            }
        default:
            return nil
        }
    }

    /// PERCENTILE_DISC returns a value of the input, so its type.
    private static func discrete(_ type: DataType) -> ResolvedAggregate? {
        func make<Element: StorableElement & Comparable>(_: Element.Type) -> ResolvedAggregate {
            ResolvedAggregate(argumentTypes: [.doublePrecision, type], returnType: type) {
                PercentileAccumulator<Element, Element>(resultType: type, fixedFraction: nil) { sorted, fraction in
                    Percentile.discrete(sorted, fraction)
                }
            }
        }
        guard type.isNumeric || type.isDateTime else { return nil }
        switch type.physicalType {
        case .int16: return make(Int16.self)
        case .int32: return make(Int32.self)
        case .int64: return make(Int64.self)
        case .int128: return make(Int128.self)
        case .float32: return make(Float.self)
        case .float64: return make(Double.self)
        case .boolean, .string: return nil
        }
    }

    /// LISTAGG(value [, delimiter]), the binder passing WITHIN GROUP's ordering keys after the
    /// delimiter (which it then always supplies, NULL when omitted).
    private static let listagg = AggregateFunction(name: "listagg") { types, distinct throws(SQLError) in
        guard !types.isEmpty, let value = ParameterTypes.text(types[0]) else { return nil }
        var parameters = [value]
        if types.count >= 2 {
            guard let delimiter = ParameterTypes.text(types[1]) else { return nil }
            parameters.append(delimiter)
        }
        parameters += types.dropFirst(2)
        return ResolvedAggregate(argumentTypes: parameters, returnType: .varchar(length: DataType.maxVarcharLength)) {
            ListAggAccumulator(distinct: distinct)
        }
    }

    private static let approximateCount = AggregateFunction(name: "approximate_count") { types, distinct throws(SQLError) in
        guard distinct, types.count == 1 else { return nil }
        return ResolvedAggregate(argumentTypes: types, returnType: .bigint) { HyperLogLogAccumulator() }
    }

    private static let folds: [AggregateFunction] = [
        AggregateFunction(name: "bool_and") { types, _ throws(SQLError) in
            guard types.count == 1, let type = ParameterTypes.boolean(types[0]) else { return nil }
            return ResolvedAggregate(argumentTypes: [type], returnType: .boolean) {
                FoldAccumulator<Bool>(type: .boolean) { $0 && $1 }
            }
        },
        AggregateFunction(name: "bool_or") { types, _ throws(SQLError) in
            guard types.count == 1, let type = ParameterTypes.boolean(types[0]) else { return nil }
            return ResolvedAggregate(argumentTypes: [type], returnType: .boolean) {
                FoldAccumulator<Bool>(type: .boolean) { $0 || $1 }
            }
        },
        bitwise("bit_and") { $0 & $1 },
        bitwise("bit_or") { $0 | $1 },
    ]

    /// BIT_AND/BIT_OR over an integer type, returning that type.
    private static func bitwise(_ name: String, _ operation: @escaping @Sendable (Int64, Int64) -> Int64) -> AggregateFunction {
        AggregateFunction(name: name) { types, _ throws(SQLError) in
            guard types.count == 1 else { return nil }
            func make<Element: StorableElement & FixedWidthInteger>(_: Element.Type) -> ResolvedAggregate {
                ResolvedAggregate(argumentTypes: types, returnType: types[0]) {
                    FoldAccumulator<Element>(type: types[0]) { Element(truncatingIfNeeded: operation(Int64($0), Int64($1))) }
                }
            }
            switch types[0] {
            case .smallint: return make(Int16.self)
            case .integer: return make(Int32.self)
            case .bigint: return make(Int64.self)
            default: return nil
            }
        }
    }
}
