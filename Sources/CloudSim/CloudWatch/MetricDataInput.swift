import Foundation

/// put-metric-data's `MetricData` (or the CLI's `--metric-name/--value/...` shortcut), checked as
/// CloudWatch checks it and turned into samples. Validation covers the whole request before
/// anything is stored, so a bad entry stores nothing.
struct MetricDataInput {
    let entries: [(Metric, [MetricSample])]

    /// Values must lie within ±2^360 (CloudWatch rejects larger magnitudes, NaN and infinities).
    private static let largest = Double(sign: .plus, exponent: 360, significand: 1)

    init(_ request: OperationRequest) throws {
        let namespace = request.string("Namespace")
        guard !namespace.hasPrefix("AWS/") else {
            throw CloudWatchErrors.invalidValue("The value \(namespace) for parameter Namespace is invalid.")
        }
        var data = request["MetricData"]?.listValue ?? []
        if let name = request["MetricName"]?.stringValue {
            guard data.isEmpty else {
                throw CloudWatchErrors.invalidCombination("--metric-data cannot be used with --metric-name.")
            }
            let dimensions = (request["Dimensions"]?.members ?? []).map {
                AWSValue.object(["Name": .string($0.name), "Value": $0.value])
            }
            data = [.object([
                "MetricName": .string(name),
                "Dimensions": dimensions.isEmpty ? nil : .list(dimensions),
                "Timestamp": request["Timestamp"],
                "Value": request["Value"],
                "StatisticValues": request["StatisticValues"],
                "Unit": request["Unit"],
            ])]
        }
        guard !data.isEmpty else { throw CloudWatchErrors.missing("MetricData") }
        guard data.count <= 1000 else {
            throw CloudWatchErrors.invalidValue("The collection MetricData must not have a size greater than 1000.")
        }
        let now = request.world.now
        entries = try data.enumerated().map { offset, datum in
            try Self.entry(datum, number: offset + 1, namespace: namespace, now: now)
        }
    }

    private static func entry(_ datum: AWSValue, number: Int, namespace: String, now: Date) throws -> (Metric, [MetricSample]) {
        let prefix = "MetricData.member.\(number)"
        let dimensions = Metric.dimensions(from: datum["Dimensions"])
        guard dimensions.count <= 30 else {
            throw CloudWatchErrors.invalidValue("The collection \(prefix).Dimensions must not have a size greater than 30.")
        }
        for dimension in dimensions where dimension.name.isEmpty || dimension.value.isEmpty {
            throw CloudWatchErrors.invalidValue("The parameter \(prefix).Dimensions must have a non-empty Name and Value.")
        }
        guard Set(dimensions.map(\.name)).count == dimensions.count else {
            throw CloudWatchErrors.invalidValue("No duplicate dimension names are allowed in \(prefix).Dimensions.")
        }
        let timestamp = try datum["Timestamp"].map { value -> Date in
            guard let date = Timestamps.parse(value) else {
                throw CloudWatchErrors.invalidValue("The value for parameter \(prefix).Timestamp is invalid.")
            }
            return date
        } ?? now
        if timestamp > now.addingTimeInterval(2 * 3600) {
            throw CloudWatchErrors.invalidValue("The parameter \(prefix).Timestamp must specify a time no more than two hours in the future.")
        }
        if timestamp < now.addingTimeInterval(-14 * 86_400) {
            throw CloudWatchErrors.invalidValue("The parameter \(prefix).Timestamp must specify a time within the past two weeks.")
        }
        let unit = try CloudWatchErrors.unit(datum["Unit"], at: "metricData.\(number).member.unit") ?? "None"
        let metric = Metric(namespace: namespace, name: datum["MetricName"]?.stringValue ?? "", dimensions: dimensions)
        return (metric, try samples(datum, prefix: prefix, at: timestamp, unit: unit))
    }

    private static func samples(_ datum: AWSValue, prefix: String, at timestamp: Date, unit: String) throws -> [MetricSample] {
        let value = try datum["Value"].map { try number($0, "\(prefix).Value") }
        let values = try (datum["Values"]?.listValue ?? []).map { try number($0, "\(prefix).Values") }
        let counts = try (datum["Counts"]?.listValue ?? []).map { try number($0, "\(prefix).Counts") }
        let set = datum["StatisticValues"]
        let given = [value != nil ? "Value" : nil, !values.isEmpty ? "Values" : nil, set != nil ? "StatisticValues" : nil]
            .compactMap { $0 }
        if given.count > 1 {
            throw CloudWatchErrors.invalidCombination("The parameters \(prefix).\(given[0]) and \(prefix).\(given[1]) "
                                                      + "are mutually exclusive and you have specified both.")
        }
        if let value { return [.value(value, at: timestamp, unit: unit)] }
        if !values.isEmpty {
            guard counts.isEmpty || counts.count == values.count else {
                throw CloudWatchErrors.invalidValue("The parameters \(prefix).Values and \(prefix).Counts must be of the same size.")
            }
            guard values.count <= 150 else {
                throw CloudWatchErrors.invalidValue("The collection \(prefix).Values must not have a size greater than 150.")
            }
            return zip(values, counts.isEmpty ? Array(repeating: 1, count: values.count) : counts).compactMap { value, count in
                count > 0 ? MetricSample.value(value, count: count, at: timestamp, unit: unit) : nil
            }
        }
        if let set {
            let count = try number(set["SampleCount"] ?? .null, "\(prefix).StatisticValues.SampleCount")
            let sum = try number(set["Sum"] ?? .null, "\(prefix).StatisticValues.Sum")
            let minimum = try number(set["Minimum"] ?? .null, "\(prefix).StatisticValues.Minimum")
            let maximum = try number(set["Maximum"] ?? .null, "\(prefix).StatisticValues.Maximum")
            guard count > 0, minimum <= maximum else {
                throw CloudWatchErrors.invalidValue("The parameter \(prefix).StatisticValues must have a positive SampleCount "
                                                    + "and a Minimum no greater than its Maximum.")
            }
            return [MetricSample(timestamp: timestamp, unit: unit, sampleCount: count, sum: sum, minimum: minimum,
                                 maximum: maximum, isSingleValue: false)]
        }
        throw CloudWatchErrors.invalidCombination("The parameters \(prefix).Value, \(prefix).Values and "
                                                  + "\(prefix).StatisticValues are missing: one of them is required.")
    }

    private static func number(_ value: AWSValue, _ parameter: String) throws -> Double {
        let number: Double
        switch value {
        case .integer(let integer): number = Double(integer)
        case .double(let double): number = double
        default: throw CloudWatchErrors.invalidValue("The value for parameter \(parameter) is invalid.")
        }
        guard number.isFinite, abs(number) <= largest else {
            throw CloudWatchErrors.invalidValue("The value \(JSONWriter.compact(value)) for parameter \(parameter) is invalid.")
        }
        return number
    }
}
