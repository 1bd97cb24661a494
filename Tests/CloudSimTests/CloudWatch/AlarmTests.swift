import Foundation
import Testing
@testable import CloudSim

/// put-metric-alarm and the alarm operations, with alarms evaluated as the world clock moves.
@Suite struct AlarmTests {
    static let alarm = ["cloudwatch", "put-metric-alarm", "--alarm-name", "high-load", "--namespace", "Lab",
                        "--metric-name", "Load", "--statistic", "Average", "--period", "60", "--evaluation-periods", "1",
                        "--threshold", "80", "--comparison-operator", "GreaterThanThreshold",
                        "--alarm-actions", "arn:aws:sns:us-east-1:123456789012:ops"]

    func put(_ aws: SimulatedAWS, _ extra: [String] = []) {
        let result = AWSCLI(world: aws.world, workingDirectory: aws.directory).run(Self.alarm + extra)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout == "")
    }

    func load(_ aws: SimulatedAWS, _ value: Double) throws {
        _ = try aws.json("cloudwatch", "put-metric-data", "--namespace", "Lab", "--metric-name", "Load", "--value", String(value))
    }

    func describe(_ aws: SimulatedAWS) throws -> AWSValue {
        try aws.json("cloudwatch", "describe-alarms", "--alarm-names", "high-load")["MetricAlarms"]?.listValue?.first ?? .null
    }

    @Test func aNewAlarmStartsInsufficientAndFollowsItsMetricAsTheClockMoves() throws {
        let aws = try SimulatedAWS()
        put(aws)
        var alarm = try describe(aws)
        #expect(alarm["StateValue"] == .string("INSUFFICIENT_DATA"))
        #expect(alarm["StateReason"] == .string("Unchecked: Initial alarm creation"))
        #expect(alarm["AlarmArn"] == .string("arn:aws:cloudwatch:us-east-1:123456789012:alarm:high-load"))
        #expect(alarm["AlarmActions"] == .list([.string("arn:aws:sns:us-east-1:123456789012:ops")]))
        #expect(alarm["Threshold"] == .double(80))
        #expect(alarm.members?.map(\.name) == [
            "AlarmName", "AlarmArn", "AlarmConfigurationUpdatedTimestamp", "ActionsEnabled", "OKActions", "AlarmActions",
            "InsufficientDataActions", "StateValue", "StateReason", "StateUpdatedTimestamp", "MetricName", "Namespace",
            "Statistic", "Dimensions", "Period", "EvaluationPeriods", "Threshold", "ComparisonOperator",
            "StateTransitionedTimestamp",
        ])
        aws.clock.advance(by: 30)
        try load(aws, 85.2)
        aws.clock.advance(by: 60)
        alarm = try describe(aws)
        #expect(alarm["StateValue"] == .string("ALARM"))
        #expect(alarm["StateReason"] == .string("Threshold Crossed: 1 out of the last 1 datapoints [85.2 (01/01/26 00:00:00)] "
                                                + "was greater than the threshold (80.0) (minimum 1 datapoint for "
                                                + "INSUFFICIENT_DATA -> ALARM transition)."))
        let data = try JSONReader.parse(alarm["StateReasonData"]?.stringValue ?? "")
        #expect(data["recentDatapoints"] == .list([.double(85.2)]))
        #expect(data["startDate"] == .string("2026-01-01T00:00:00.000+0000"))
        #expect(data["queryDate"] == .string("2026-01-01T00:01:00.000+0000"))
        #expect(alarm["StateUpdatedTimestamp"] == .double(1_767_225_660))
        try load(aws, 12)
        aws.clock.advance(by: 60)
        #expect(try describe(aws)["StateValue"] == .string("OK"))
        // No data: missing data makes the alarm INSUFFICIENT_DATA once the whole range is empty.
        aws.clock.advance(by: 10 * 60)
        #expect(try describe(aws)["StateValue"] == .string("INSUFFICIENT_DATA"))
        let history = try aws.json("cloudwatch", "describe-alarm-history", "--alarm-name", "high-load",
                                   "--history-item-type", "StateUpdate")
        #expect(history["AlarmHistoryItems"]?.listValue?.compactMap { $0["HistorySummary"]?.stringValue } == [
            "Alarm updated from OK to INSUFFICIENT_DATA", "Alarm updated from ALARM to OK",
            "Alarm updated from INSUFFICIENT_DATA to ALARM",
        ])
        let first = try aws.json("cloudwatch", "describe-alarm-history", "--alarm-name", "high-load", "--scan-by",
                                 "TimestampAscending")["AlarmHistoryItems"]?.listValue?.first
        #expect(first?["HistorySummary"] == .string("Alarm \"high-load\" created"))
        #expect(first?["HistoryItemType"] == .string("ConfigurationUpdate"))
        #expect(first?["AlarmType"] == .string("MetricAlarm"))
    }

    @Test func mOutOfNAndTreatMissingDataAreHonouredOnTheClock() throws {
        let aws = try SimulatedAWS()
        put(aws, ["--evaluation-periods", "3", "--datapoints-to-alarm", "2", "--treat-missing-data", "breaching"])
        let stored = try describe(aws)
        #expect(stored["DatapointsToAlarm"] == .integer(2))
        #expect(stored["TreatMissingData"] == .string("breaching"))
        aws.clock.advance(by: 10)
        try load(aws, 90)
        aws.clock.advance(by: 60)
        // One real breaching point and two missing ones treated as breaching.
        #expect(try describe(aws)["StateValue"] == .string("ALARM"))
        for _ in 0..<3 {
            try load(aws, 10)
            aws.clock.advance(by: 60)
        }
        #expect(try describe(aws)["StateValue"] == .string("OK"))
        try load(aws, 95)
        aws.clock.advance(by: 60)
        #expect(try describe(aws)["StateValue"] == .string("OK"), "1 of the last 3 breaches; 2 are needed")
        try load(aws, 95)
        aws.clock.advance(by: 60)
        let alarm = try describe(aws)
        #expect(alarm["StateValue"] == .string("ALARM"))
        #expect(alarm["StateReason"]?.stringValue?.hasPrefix("Threshold Crossed: 2 out of the last 3 datapoints [95.0 (01/01/26 00:05:00), 95.0 (01/01/26 00:04:00)] were greater than the threshold (80.0)") == true)
    }

    @Test func updatingAnAlarmKeepsItsStateAndSetAlarmStateOverridesUntilTheNextEvaluation() throws {
        let aws = try SimulatedAWS()
        put(aws)
        aws.clock.advance(by: 10)
        try load(aws, 99)
        aws.clock.advance(by: 60)
        put(aws, ["--threshold", "50", "--alarm-description", "load above half"])
        let alarm = try describe(aws)
        #expect(alarm["StateValue"] == .string("ALARM"))
        #expect(alarm["Threshold"] == .double(50))
        #expect(alarm["AlarmDescription"] == .string("load above half"))
        _ = try aws.json("cloudwatch", "set-alarm-state", "--alarm-name", "high-load", "--state-value", "OK",
                         "--state-reason", "testing the pager")
        #expect(try describe(aws)["StateReason"] == .string("testing the pager"))
        #expect(try describe(aws)["StateValue"] == .string("OK"))
        try load(aws, 99)
        aws.clock.advance(by: 60)
        #expect(try describe(aws)["StateValue"] == .string("ALARM"))
        #expect(aws.error("cloudwatch", "set-alarm-state", "--alarm-name", "high-load", "--state-value", "RED",
                          "--state-reason", "x").contains("Value 'RED' at 'stateValue' failed to satisfy constraint"))
        #expect(aws.error("cloudwatch", "set-alarm-state", "--alarm-name", "nope", "--state-value", "OK",
                          "--state-reason", "x") == "An error occurred (ResourceNotFound) when calling the SetAlarmState "
                + "operation: Alarm nope not found")
    }

    @Test func describeFiltersActionsAndDeletion() throws {
        let aws = try SimulatedAWS()
        put(aws)
        _ = try aws.json("cloudwatch", "put-metric-alarm", "--alarm-name", "disk-full", "--namespace", "AWS/Redshift",
                         "--metric-name", "PercentageDiskSpaceUsed", "--dimensions", "Name=ClusterIdentifier,Value=c1",
                         "--statistic", "Average", "--period", "300", "--evaluation-periods", "1", "--threshold", "80",
                         "--comparison-operator", "GreaterThanOrEqualToThreshold")
        func names(_ arguments: String...) throws -> [String] {
            let value = try JSONReader.parse(AWSCLI(world: aws.world, workingDirectory: aws.directory)
                .run(["cloudwatch", "describe-alarms"] + arguments).stdout)
            return (value["MetricAlarms"]?.listValue ?? []).compactMap { $0["AlarmName"]?.stringValue }
        }
        #expect(try names() == ["disk-full", "high-load"])
        #expect(try names("--alarm-name-prefix", "disk") == ["disk-full"])
        #expect(try names("--state-value", "ALARM") == [])
        #expect(try names("--state-value", "INSUFFICIENT_DATA") == ["disk-full", "high-load"])
        #expect(try names("--action-prefix", "arn:aws:sns") == ["high-load"])
        #expect(try names("--children-of-alarm-name", "high-load") == [], "only composite alarms have children")
        let forMetric = try aws.json("cloudwatch", "describe-alarms-for-metric", "--namespace", "AWS/Redshift",
                                     "--metric-name", "PercentageDiskSpaceUsed")
        #expect(forMetric["MetricAlarms"]?.listValue?.compactMap { $0["AlarmName"]?.stringValue } == ["disk-full"])
        _ = try aws.json("cloudwatch", "disable-alarm-actions", "--alarm-names", "high-load")
        #expect(try describe(aws)["ActionsEnabled"] == .bool(false))
        _ = try aws.json("cloudwatch", "enable-alarm-actions", "--alarm-names", "high-load")
        #expect(try describe(aws)["ActionsEnabled"] == .bool(true))
        #expect(aws.error("cloudwatch", "delete-alarms", "--alarm-names", "high-load", "nope").contains("(ResourceNotFound)"))
        #expect(try names() == ["disk-full", "high-load"])
        _ = try aws.json("cloudwatch", "delete-alarms", "--alarm-names", "high-load", "disk-full")
        #expect(try names() == [])
    }

    @Test func waitAlarmExistsPollsOnTheWorldClock() throws {
        let aws = try SimulatedAWS()
        let missing = aws.aws("cloudwatch", "wait", "alarm-exists", "--alarm-names", "high-load")
        #expect(missing.exitCode == 255)
        #expect(missing.stderr.contains("Waiter AlarmExists failed: Max attempts exceeded"))
        #expect(try aws.world.now() == Date(timeIntervalSince1970: 1_767_225_600 + 39 * 5))
        put(aws)
        #expect(aws.aws("cloudwatch", "wait", "alarm-exists", "--alarm-names", "high-load").exitCode == 0)
        #expect(try aws.world.now() == Date(timeIntervalSince1970: 1_767_225_600 + 39 * 5))
    }

    @Test func putMetricAlarmRefusesBadConfigurations() throws {
        let aws = try SimulatedAWS()
        func error(_ replacing: [String: String], adding: [String] = [], removing: [String] = []) -> String {
            var words = Self.alarm
            for (option, value) in replacing {
                if let index = words.firstIndex(of: option) { words[index + 1] = value }
            }
            for option in removing {
                if let index = words.firstIndex(of: option) { words.removeSubrange(index...index + 1) }
            }
            let result = AWSCLI(world: aws.world, workingDirectory: aws.directory).run(words + adding)
            #expect(result.exitCode == 255)
            return result.errorLine
        }
        #expect(error(["--period": "45"]).contains("(ValidationError)"))
        #expect(error(["--comparison-operator": "Above"]).contains("Value 'Above' at 'comparisonOperator'"))
        #expect(error([:], adding: ["--datapoints-to-alarm", "2"]).contains("DatapointsToAlarm must be between 1 and EvaluationPeriods"))
        #expect(error([:], adding: ["--treat-missing-data", "zero"]).contains("Supported options for parameter TreatMissingData"))
        #expect(error([:], adding: ["--extended-statistic", "p90"]).contains("(InvalidParameterCombination)"))
        #expect(error(["--alarm-actions": "not-an-arn"]).contains("Invalid arn syntax: not-an-arn"))
        #expect(error([:], removing: ["--statistic"]).contains("(MissingParameter)"))
        #expect(error(["--period": "3600", "--evaluation-periods": "25"]).contains("must not exceed 1 day"))
        #expect(try aws.json("cloudwatch", "describe-alarms") == .object(["MetricAlarms": .list([]), "CompositeAlarms": .list([])]))
    }
}
