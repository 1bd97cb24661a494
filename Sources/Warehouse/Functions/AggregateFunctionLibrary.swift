/// Every built-in aggregate: the core ones hash aggregation is built around (COUNT, SUM, AVG,
/// MIN, MAX) and the statistical and ordered-set ones.
enum AggregateFunctionLibrary {
    static let all: [AggregateFunction] = coreAggregates + StatisticalAggregates.all

    static let coreAggregates: [AggregateFunction] = [
        CountAggregate.function, SumAggregate.function, AverageAggregate.function, MinMaxAggregate.min, MinMaxAggregate.max,
    ]
}
