import Foundation
import Testing
@testable import CloudSim

/// put-metric-data, get-metric-statistics, get-metric-data and list-metrics over learner data.
@Suite struct MetricTests {
    /// 2026-01-01T00:00:00Z, the manual clock's start.
    static let start = 1_767_225_600

    func publish(_ aws: SimulatedAWS, _ data: String) throws {
        _ = try aws.json("cloudwatch", "put-metric-data", "--namespace", "Lab", "--metric-data", data)
    }

    @Test func statisticsPerPeriodFromValuesCountsAndStatisticSets() throws {
        let aws = try SimulatedAWS()
        aws.clock.advance(by: 3600)
        try publish(aws, #"[{"MetricName":"Latency","Dimensions":[{"Name":"Host","Value":"a"}],"Timestamp":"2026-01-01T00:00:10Z","Value":10,"Unit":"Milliseconds"},{"MetricName":"Latency","Dimensions":[{"Name":"Host","Value":"a"}],"Timestamp":"2026-01-01T00:00:50Z","Values":[20,40],"Counts":[1,2],"Unit":"Milliseconds"}]"#)
        try publish(aws, #"[{"MetricName":"Latency","Dimensions":[{"Name":"Host","Value":"a"}],"Timestamp":"2026-01-01T00:01:30Z","StatisticValues":{"SampleCount":4,"Sum":100,"Minimum":5,"Maximum":60},"Unit":"Milliseconds"}]"#)
        let result = try aws.json("cloudwatch", "get-metric-statistics", "--namespace", "Lab", "--metric-name", "Latency",
                                  "--dimensions", "Name=Host,Value=a", "--start-time", "2026-01-01T00:00:00Z",
                                  "--end-time", "2026-01-01T00:05:00Z", "--period", "60",
                                  "--statistics", "SampleCount", "Average", "Sum", "Minimum", "Maximum")
        #expect(result["Label"] == .string("Latency"))
        let points = result["Datapoints"]?.listValue ?? []
        #expect(points.count == 2)
        #expect(points.first == .object([
            "Timestamp": .double(Double(Self.start)), "SampleCount": .double(4), "Average": .double(27.5), "Sum": .double(110),
            "Minimum": .double(10), "Maximum": .double(40), "Unit": .string("Milliseconds"),
        ]))
        #expect(points.last?["Sum"] == .double(100))
        #expect(points.last?["Timestamp"] == .double(Double(Self.start + 60)))
        let percentile = try aws.json("cloudwatch", "get-metric-statistics", "--namespace", "Lab", "--metric-name", "Latency",
                                      "--dimensions", "Name=Host,Value=a", "--start-time", "2026-01-01T00:00:00Z",
                                      "--end-time", "2026-01-01T00:01:00Z", "--period", "60", "--extended-statistics", "p50", "p99")
        #expect(percentile["Datapoints"]?.listValue?.first?["ExtendedStatistics"] == .object(["p50": .double(20), "p99": .double(40)]))
        // Other dimensions are another metric.
        let other = try aws.json("cloudwatch", "get-metric-statistics", "--namespace", "Lab", "--metric-name", "Latency",
                                 "--start-time", "2026-01-01T00:00:00Z", "--end-time", "2026-01-01T00:05:00Z",
                                 "--period", "60", "--statistics", "Sum")
        #expect(other["Datapoints"] == .list([]))
    }

    @Test func theCLIShortcutPublishesOneValueAtTheCurrentTime() throws {
        let aws = try SimulatedAWS()
        _ = try aws.json("cloudwatch", "put-metric-data", "--namespace", "Lab", "--metric-name", "Orders", "--value", "3",
                         "--unit", "Count", "--dimensions", "Shop=web,Region=eu")
        aws.clock.advance(by: 120)
        let metrics = try aws.json("cloudwatch", "list-metrics", "--namespace", "Lab")
        #expect(metrics == .object(["Metrics": .list([.object([
            "Namespace": .string("Lab"), "MetricName": .string("Orders"),
            "Dimensions": .list([.object(["Name": .string("Region"), "Value": .string("eu")]),
                                 .object(["Name": .string("Shop"), "Value": .string("web")])]),
        ])])]))
        let sum = try aws.json("cloudwatch", "get-metric-statistics", "--namespace", "Lab", "--metric-name", "Orders",
                               "--dimensions", "Name=Shop,Value=web", "Name=Region,Value=eu",
                               "--start-time", "2026-01-01T00:00:00Z", "--end-time", "2026-01-01T01:00:00Z",
                               "--period", "3600", "--statistics", "Sum")
        #expect(sum["Datapoints"]?.listValue?.first?["Sum"] == .double(3))
    }

    @Test func putMetricDataRefusesWhatCloudWatchRefuses() throws {
        let aws = try SimulatedAWS()
        #expect(aws.error("cloudwatch", "put-metric-data", "--namespace", "AWS/Redshift", "--metric-name", "x", "--value", "1")
                == "An error occurred (InvalidParameterValue) when calling the PutMetricData operation: "
                + "The value AWS/Redshift for parameter Namespace is invalid.")
        #expect(aws.error("cloudwatch", "put-metric-data", "--namespace", "Lab", "--metric-data",
                          #"[{"MetricName":"m","Value":1,"StatisticValues":{"SampleCount":1,"Sum":1,"Minimum":1,"Maximum":1}}]"#)
                .contains("(InvalidParameterCombination)"))
        #expect(aws.error("cloudwatch", "put-metric-data", "--namespace", "Lab", "--metric-data",
                          #"[{"MetricName":"m","Values":[1,2],"Counts":[1]}]"#)
                .hasSuffix("The parameters MetricData.member.1.Values and MetricData.member.1.Counts must be of the same size."))
        #expect(aws.error("cloudwatch", "put-metric-data", "--namespace", "Lab", "--metric-data",
                          #"[{"MetricName":"m","Value":1,"Timestamp":"2026-01-01T03:00:00Z"}]"#)
                .hasSuffix("must specify a time no more than two hours in the future."))
        #expect(aws.error("cloudwatch", "put-metric-data", "--namespace", "Lab", "--metric-name", "m", "--value", "1",
                          "--unit", "Parsecs").contains("(ValidationError)"))
        #expect(aws.error("cloudwatch", "put-metric-data", "--namespace", "Lab", "--metric-data", #"[{"MetricName":"m"}]"#)
                .contains("(InvalidParameterCombination)"))
        #expect(aws.error("cloudwatch", "put-metric-data", "--namespace", "Lab").contains("(MissingParameter)"))
        // Nothing of a refused request is stored.
        #expect(aws.aws("cloudwatch", "put-metric-data", "--namespace", "Lab", "--metric-data",
                        #"[{"MetricName":"good","Value":1},{"MetricName":"bad","Value":1,"Unit":"Parsecs"}]"#).exitCode == 255)
        #expect(try aws.json("cloudwatch", "list-metrics") == .object(["Metrics": .list([])]))
    }

    @Test func getMetricStatisticsRefusesBadWindowsAndStatistics() throws {
        let aws = try SimulatedAWS()
        let base = ["cloudwatch", "get-metric-statistics", "--namespace", "Lab", "--metric-name", "m"]
        func error(_ extra: String...) -> String {
            let result = AWSCLI(world: aws.world, workingDirectory: aws.directory).run(base + extra)
            #expect(result.exitCode == 255)
            return result.errorLine
        }
        #expect(error("--start-time", "2026-01-01T01:00:00Z", "--end-time", "2026-01-01T00:00:00Z", "--period", "60",
                      "--statistics", "Sum")
                .hasSuffix("(InvalidParameterValue) when calling the GetMetricStatistics operation: "
                           + "The parameter StartTime must be less than the parameter EndTime."))
        #expect(error("--start-time", "2026-01-01T00:00:00Z", "--end-time", "2026-01-03T00:00:00Z", "--period", "60",
                      "--statistics", "Sum")
                .hasSuffix("You have requested up to 2,880 datapoints, which exceeds the limit of 1,440. You may reduce the "
                           + "datapoints requested by increasing Period, or decreasing the time range."))
        #expect(error("--start-time", "2026-01-01T00:00:00Z", "--end-time", "2026-01-01T01:00:00Z", "--period", "90",
                      "--statistics", "Sum").contains("(InvalidParameterValue)"))
        #expect(error("--start-time", "2026-01-01T00:00:00Z", "--end-time", "2026-01-01T01:00:00Z", "--period", "60")
                .hasSuffix("(InvalidParameterCombination) when calling the GetMetricStatistics operation: "
                           + "Must specify either Statistics or ExtendedStatistics"))
        #expect(error("--start-time", "2026-01-01T00:00:00Z", "--end-time", "2026-01-01T01:00:00Z", "--period", "60",
                      "--statistics", "Median").contains("must be a value in the set"))
    }

    @Test func getMetricDataAnswersEachQueryNewestFirst() throws {
        let aws = try SimulatedAWS()
        aws.clock.advance(by: 600)
        try publish(aws, #"[{"MetricName":"m","Timestamp":"2026-01-01T00:01:00Z","Value":1},{"MetricName":"m","Timestamp":"2026-01-01T00:02:00Z","Value":5},{"MetricName":"m","Timestamp":"2026-01-01T00:02:30Z","Value":7}]"#)
        let queries = #"[{"Id":"total","MetricStat":{"Metric":{"Namespace":"Lab","MetricName":"m"},"Period":60,"Stat":"Sum"}},{"Id":"peak","MetricStat":{"Metric":{"Namespace":"Lab","MetricName":"m"},"Period":60,"Stat":"Maximum"},"Label":"Peak","ReturnData":true},{"Id":"hidden","MetricStat":{"Metric":{"Namespace":"Lab","MetricName":"m"},"Period":60,"Stat":"Sum"},"ReturnData":false}]"#
        let result = try aws.json("cloudwatch", "get-metric-data", "--metric-data-queries", queries,
                                  "--start-time", "2026-01-01T00:00:00Z", "--end-time", "2026-01-01T00:10:00Z")
        let results = result["MetricDataResults"]?.listValue ?? []
        #expect(results.map { $0["Id"] } == [.string("total"), .string("peak")])
        #expect(results.first == .object([
            "Id": .string("total"), "Label": .string("m"),
            "Timestamps": .list([.double(Double(Self.start + 120)), .double(Double(Self.start + 60))]),
            "Values": .list([.double(12), .double(1)]), "StatusCode": .string("Complete"),
        ]))
        #expect(results.last?["Label"] == .string("Peak"))
        #expect(results.last?["Values"] == .list([.double(7), .double(1)]))
        let ascending = try aws.json("cloudwatch", "get-metric-data", "--metric-data-queries", queries,
                                     "--start-time", "2026-01-01T00:00:00Z", "--end-time", "2026-01-01T00:10:00Z",
                                     "--scan-by", "TimestampAscending")
        #expect(ascending["MetricDataResults"]?.listValue?.first?["Values"] == .list([.double(1), .double(12)]))
        #expect(aws.error("cloudwatch", "get-metric-data", "--metric-data-queries", #"[{"Id":"e1","Expression":"SUM(METRICS())"}]"#,
                          "--start-time", "2026-01-01T00:00:00Z", "--end-time", "2026-01-01T00:10:00Z")
                .contains("Metric math expressions (MetricDataQueries.member.1.Expression) are not supported"))
        #expect(aws.error("cloudwatch", "get-metric-data", "--metric-data-queries",
                          #"[{"Id":"Bad-Id","MetricStat":{"Metric":{"Namespace":"Lab","MetricName":"m"},"Period":60,"Stat":"Sum"}}]"#,
                          "--start-time", "2026-01-01T00:00:00Z", "--end-time", "2026-01-01T00:10:00Z")
                .contains("(ValidationError)"))
    }

    @Test func listMetricsFiltersByNamespaceNameAndDimensions() throws {
        let aws = try SimulatedAWS()
        try publish(aws, #"[{"MetricName":"a","Dimensions":[{"Name":"Env","Value":"prod"},{"Name":"App","Value":"x"}],"Value":1},{"MetricName":"a","Dimensions":[{"Name":"Env","Value":"dev"}],"Value":1},{"MetricName":"b","Value":1}]"#)
        _ = try aws.json("cloudwatch", "put-metric-data", "--namespace", "Other", "--metric-name", "a", "--value", "1")
        func names(_ arguments: String...) throws -> [String] {
            let result = AWSCLI(world: aws.world, workingDirectory: aws.directory).run(["cloudwatch", "list-metrics"] + arguments)
            let value = try JSONReader.parse(result.stdout)
            return (value["Metrics"]?.listValue ?? []).map { metric in
                let dimensions = (metric["Dimensions"]?.listValue ?? []).compactMap { $0["Value"]?.stringValue }
                return ([metric["Namespace"]?.stringValue ?? "", metric["MetricName"]?.stringValue ?? ""] + dimensions)
                    .joined(separator: "/")
            }
        }
        #expect(try names() == ["Lab/a/x/prod", "Lab/a/dev", "Lab/b", "Other/a"])
        #expect(try names("--namespace", "Lab", "--metric-name", "a") == ["Lab/a/x/prod", "Lab/a/dev"])
        #expect(try names("--dimensions", "Name=Env") == ["Lab/a/x/prod", "Lab/a/dev"])
        #expect(try names("--dimensions", "Name=Env,Value=prod") == ["Lab/a/x/prod"])
        aws.clock.advance(by: 4 * 3600)
        #expect(try names("--recently-active", "PT3H") == [])
        #expect(try names().count == 4)
        aws.clock.advance(by: 15 * 86_400)
        #expect(try names() == [])
    }
}
