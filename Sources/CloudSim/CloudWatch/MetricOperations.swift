import Foundation

/// put-metric-data, get-metric-statistics, get-metric-data and list-metrics.
enum MetricOperations {
    @Sendable static func putMetricData(_ request: OperationRequest) throws -> OperationResult {
        let input = try MetricDataInput(request)
        for (metric, samples) in input.entries {
            for sample in samples { try MetricStore.insert(metric, sample, request.world.db) }
        }
        return .empty
    }

    @Sendable static func getMetricStatistics(_ request: OperationRequest) throws -> OperationResult {
        let metric = Metric(namespace: request.string("Namespace"), name: request.string("MetricName"),
                            dimensions: Metric.dimensions(from: request["Dimensions"]))
        let period = request["Period"]?.integerValue ?? 0
        try CloudWatchErrors.period(period)
        let standard = try (request["Statistics"]?.listValue ?? []).enumerated().map { index, value in
            let name = value.stringValue ?? ""
            guard let statistic = Statistic(standard: name) else {
                throw CloudWatchErrors.invalidValue("The parameter Statistics.member.\(index + 1) must be a value in the set "
                                                    + "[ Maximum, Minimum, Sum, SampleCount, Average ].")
            }
            return (name, statistic)
        }
        let extended = try (request["ExtendedStatistics"]?.listValue ?? []).map { value in
            let name = value.stringValue ?? ""
            guard let statistic = Statistic(extended: name) else {
                throw CloudWatchErrors.invalidValue("The value \(name) for parameter ExtendedStatistics is not supported.")
            }
            return (name, statistic)
        }
        guard !standard.isEmpty || !extended.isEmpty else {
            throw CloudWatchErrors.invalidCombination("Must specify either Statistics or ExtendedStatistics")
        }
        let unit = try CloudWatchErrors.unit(request["Unit"], at: "unit")
        let window = try TimeWindow(request, period: period)
        let points = window.periodCount
        guard points <= 1440 else {
            throw CloudWatchErrors.invalidCombination("You have requested up to \(grouped(points)) "
                + "datapoints, which exceeds the limit of 1,440. You may reduce the datapoints requested by increasing "
                + "Period, or decreasing the time range.")
        }
        let source = MetricSource(db: request.world.db, now: request.world.now)
        let datapoints = try source.periods(metric, from: window.start, to: window.end, period: period, unit: unit).map { start, unit, set in
            var members: [AWSValue.Member] = [AWSValue.Member("Timestamp", .double(start.timeIntervalSince1970))]
            for name in Statistic.standardNames {
                guard let statistic = standard.first(where: { $0.0 == name })?.1, let value = set.value(of: statistic) else { continue }
                members.append(AWSValue.Member(name, .double(value)))
            }
            members.append(AWSValue.Member("Unit", .string(unit)))
            let percentiles = extended.compactMap { name, statistic in set.value(of: statistic).map { AWSValue.Member(name, .double($0)) } }
            if !percentiles.isEmpty { members.append(AWSValue.Member("ExtendedStatistics", .object(percentiles))) }
            return AWSValue.object(members)
        }
        return OperationResult(.object(["Label": .string(metric.name), "Datapoints": .list(datapoints)]))
    }

    /// `2,880`: the thousands separator CloudWatch's message uses.
    private static func grouped(_ number: Int) -> String {
        var digits = String(number)
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: digits.index(digits.startIndex, offsetBy: index))
            index -= 3
        }
        return digits
    }

    @Sendable static func getMetricData(_ request: OperationRequest) throws -> OperationResult {
        let queries = request["MetricDataQueries"]?.listValue ?? []
        guard !queries.isEmpty else {
            throw CloudWatchErrors.validation("The collection MetricDataQueries must not be empty.")
        }
        guard queries.count <= 500 else {
            throw CloudWatchErrors.validation("The collection MetricDataQueries must not have a size greater than 500.")
        }
        let descending = (request["ScanBy"]?.stringValue ?? "TimestampDescending") == "TimestampDescending"
        if let scanBy = request["ScanBy"]?.stringValue, !["TimestampDescending", "TimestampAscending"].contains(scanBy) {
            throw CloudWatchErrors.notInSet(scanBy, at: "scanBy", ["TimestampDescending", "TimestampAscending"])
        }
        var ids: Set<String> = []
        let source = MetricSource(db: request.world.db, now: request.world.now)
        var results: [AWSValue] = []
        for (offset, query) in queries.enumerated() {
            let prefix = "MetricDataQueries.member.\(offset + 1)"
            let id = query["Id"]?.stringValue ?? ""
            guard let first = id.unicodeScalars.first, ("a"..."z").contains(first),
                  id.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }) else {
                throw CloudWatchErrors.validation("The value \(id) for parameter \(prefix).Id is invalid. It must start with a "
                                                  + "lowercase letter and contain only letters, numbers and underscores.")
            }
            guard ids.insert(id).inserted else {
                throw CloudWatchErrors.validation("The values for parameter id in MetricDataQueries are not unique.")
            }
            if query["Expression"] != nil {
                throw CloudWatchErrors.validation("Metric math expressions (\(prefix).Expression) are not supported by this "
                                                  + "simulator; query each metric with MetricStat instead.")
            }
            guard let stat = query["MetricStat"] else {
                throw CloudWatchErrors.validation("The parameter \(prefix).MetricStat is required.\n")
            }
            let period = stat["Period"]?.integerValue ?? 0
            try CloudWatchErrors.period(period, parameter: "\(prefix).MetricStat.Period")
            let statName = stat["Stat"]?.stringValue ?? ""
            guard let statistic = Statistic(any: statName) else {
                throw CloudWatchErrors.validation("The value \(statName) for parameter \(prefix).MetricStat.Stat is invalid.")
            }
            let unit = try CloudWatchErrors.unit(stat["Unit"], at: "metricDataQueries.\(offset + 1).member.metricStat.unit")
            let described = stat["Metric"] ?? .object([])
            let metric = Metric(namespace: described["Namespace"]?.stringValue ?? "",
                                name: described["MetricName"]?.stringValue ?? "",
                                dimensions: Metric.dimensions(from: described["Dimensions"]))
            let window = try TimeWindow(request, period: period)
            guard query["ReturnData"]?.boolValue ?? true else { continue }
            var points = try source.combinedPeriods(metric, from: window.start, to: window.end, period: period, unit: unit)
                .compactMap { start, set in set.value(of: statistic).map { (start, $0) } }
            if descending { points.reverse() }
            results.append(.object([
                "Id": .string(id),
                "Label": .string(query["Label"]?.stringValue ?? metric.name),
                "Timestamps": .list(points.map { .double($0.0.timeIntervalSince1970) }),
                "Values": .list(points.map { .double($0.1) }),
                "StatusCode": .string("Complete"),
            ]))
        }
        return OperationResult(.object(["MetricDataResults": .list(results), "Messages": .list([])]))
    }

    /// At most 500 metrics per page; the token is the offset of the next one.
    @Sendable static func listMetrics(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        var since = world.now.addingTimeInterval(-MetricSource.listingWindow)
        if let recent = request["RecentlyActive"]?.stringValue {
            guard recent == "PT3H" else { throw CloudWatchErrors.notInSet(recent, at: "recentlyActive", ["PT3H"]) }
            since = world.now.addingTimeInterval(-3 * 3600)
        }
        let filters = (request["Dimensions"]?.listValue ?? []).map {
            (name: $0["Name"]?.stringValue ?? "", value: $0["Value"]?.stringValue)
        }
        let namespace = request["Namespace"]?.stringValue
        let name = request["MetricName"]?.stringValue
        let metrics = try MetricSource(db: world.db, now: world.now).allMetrics(since: since).filter {
            (namespace == nil || $0.namespace == namespace) && (name == nil || $0.name == name) && $0.matches(filters: filters)
        }
        let (page, next) = try Paging.page(metrics, token: request["NextToken"]?.stringValue, size: 500)
        return OperationResult(.object([
            "Metrics": .list(page.map(\.value)),
            "NextToken": next.map(AWSValue.string),
        ]))
    }
}

/// A request's StartTime and EndTime: the start rounded down to the minute (to the period for
/// high-resolution periods), as CloudWatch aligns datapoints; the end must come after it.
struct TimeWindow {
    let start: Date
    let end: Date
    let period: Int

    init(_ request: OperationRequest, period: Int) throws {
        guard let start = request["StartTime"].flatMap(Timestamps.parse),
              let end = request["EndTime"].flatMap(Timestamps.parse) else {
            throw CloudWatchErrors.invalidValue("The parameters StartTime and EndTime must be timestamps.")
        }
        guard start < end else {
            throw CloudWatchErrors.invalidValue("The parameter StartTime must be less than the parameter EndTime.")
        }
        let granularity = Double(min(period, 60))
        self.start = Date(timeIntervalSince1970: (start.timeIntervalSince1970 / granularity).rounded(.down) * granularity)
        self.end = end
        self.period = period
    }

    var periodCount: Int { Int((end.timeIntervalSince(start) / Double(period)).rounded(.up)) }
}

/// CloudWatch's list paging: an opaque token naming the offset of the next entry.
enum Paging {
    static func page<Item>(_ items: [Item], token: String?, size: Int) throws -> ([Item], String?) {
        var offset = 0
        if let token {
            guard let data = Data(base64Encoded: token), let text = String(data: data, encoding: .utf8),
                  let decoded = Int(text), decoded >= 0 else {
                throw CloudWatchErrors.invalidValue("Request parameter NextToken is invalid")
            }
            offset = decoded
        }
        let page = Array(items.dropFirst(offset).prefix(size))
        let next = offset + page.count < items.count ? Data(String(offset + page.count).utf8).base64EncodedString() : nil
        return (page, next)
    }
}
