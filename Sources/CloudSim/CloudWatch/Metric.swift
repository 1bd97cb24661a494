/// A metric's identity: namespace, name and its exact set of dimensions. CloudWatch treats each
/// distinct combination of dimensions as a separate metric, so statistics and alarms must name
/// the same dimensions the data was published with.
struct Metric: Hashable, Sendable {
    struct Dimension: Hashable, Sendable {
        let name: String
        let value: String
    }

    let namespace: String
    let name: String
    /// Sorted by name, so the same set always has the same identity.
    let dimensions: [Dimension]

    init(namespace: String, name: String, dimensions: [Dimension]) {
        self.namespace = namespace
        self.name = name
        self.dimensions = dimensions.sorted { ($0.name, $0.value) < ($1.name, $1.value) }
    }

    /// The dimensions as stored: `Name=Value` pairs joined by newlines (names and values may not
    /// contain newlines in practice; the form only has to be unique and stable).
    var dimensionKey: String {
        dimensions.map { "\($0.name)=\($0.value)" }.joined(separator: "\n")
    }

    static func dimensions(fromKey key: String) -> [Dimension] {
        key.isEmpty ? [] : key.split(separator: "\n", omittingEmptySubsequences: false).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return Dimension(name: String(parts[0]), value: parts.count > 1 ? String(parts[1]) : "")
        }
    }

    /// `[{"Name": ..., "Value": ...}]`, as every CloudWatch response shows dimensions.
    var dimensionsValue: AWSValue {
        .list(dimensions.map { .object(["Name": .string($0.name), "Value": .string($0.value)]) })
    }

    /// The `Metric` structure of list-metrics.
    var value: AWSValue {
        .object(["Namespace": .string(namespace), "MetricName": .string(name), "Dimensions": dimensionsValue])
    }

    /// Dimensions from a request's `[{"Name":..,"Value":..}]` list.
    static func dimensions(from value: AWSValue?) -> [Dimension] {
        (value?.listValue ?? []).map {
            Dimension(name: $0["Name"]?.stringValue ?? "", value: $0["Value"]?.stringValue ?? "")
        }
    }

    /// list-metrics' and describe-alarms-for-metric's filter: every filter dimension present
    /// (with its value, when the filter gives one).
    func matches(filters: [(name: String, value: String?)]) -> Bool {
        filters.allSatisfy { filter in
            dimensions.contains { $0.name == filter.name && (filter.value == nil || $0.value == filter.value) }
        }
    }
}
