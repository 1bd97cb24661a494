import Foundation
import GRDB

/// A metric alarm row: its configuration, whether its actions are enabled, its state with the
/// reason for it, and how far world time it has been evaluated.
struct Alarm {
    var configuration: AlarmConfiguration
    var configurationUpdated: Date
    var actionsEnabled: Bool
    var state: AlarmStateValue
    var stateReason: String
    /// The reason's data as compact JSON; none for the initial state and set-alarm-state without data.
    var stateReasonData: String?
    var stateUpdated: Date
    var stateTransitioned: Date
    var evaluatedUntil: Date

    var name: String { configuration.name }

    static func find(_ name: String, _ db: Database) throws -> Alarm? {
        try Row.fetchOne(db, sql: "SELECT * FROM cloudwatch_alarm WHERE name = ?", arguments: [name]).map(Alarm.init(row:))
    }

    static func all(_ db: Database) throws -> [Alarm] {
        try Row.fetchAll(db, sql: "SELECT * FROM cloudwatch_alarm ORDER BY name").map(Alarm.init(row:))
    }

    private init(row: Row) throws {
        configuration = try AlarmConfiguration(try JSONReader.parse(row["configuration"] as String))
        configurationUpdated = Date(timeIntervalSince1970: row["configuration_updated"])
        actionsEnabled = row["actions_enabled"]
        state = AlarmStateValue(rawValue: row["state_value"]) ?? .insufficientData
        stateReason = row["state_reason"]
        stateReasonData = row["state_reason_data"]
        stateUpdated = Date(timeIntervalSince1970: row["state_updated"])
        stateTransitioned = Date(timeIntervalSince1970: row["state_transitioned"])
        evaluatedUntil = Date(timeIntervalSince1970: row["evaluated_until"])
    }

    init(configuration: AlarmConfiguration, at now: Date) {
        self.configuration = configuration
        configurationUpdated = now
        actionsEnabled = configuration.request["ActionsEnabled"]?.boolValue ?? true
        state = .insufficientData
        stateReason = "Unchecked: Initial alarm creation"
        stateReasonData = nil
        stateUpdated = now
        stateTransitioned = now
        evaluatedUntil = now
    }

    func save(_ db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO cloudwatch_alarm (name, configuration, configuration_updated, actions_enabled, state_value,
                state_reason, state_reason_data, state_updated, state_transitioned, evaluated_until)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [name, JSONWriter.compact(configuration.request), configurationUpdated.timeIntervalSince1970,
                             actionsEnabled, state.rawValue, stateReason, stateReasonData, stateUpdated.timeIntervalSince1970,
                             stateTransitioned.timeIntervalSince1970, evaluatedUntil.timeIntervalSince1970])
    }

    func delete(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM cloudwatch_alarm WHERE name = ?", arguments: [name])
    }

    /// Moves the alarm to `newState` at `time` and records the change in its history.
    mutating func transition(to newState: AlarmStateValue, reason: String, data: AWSValue?, at time: Date, _ db: Database) throws {
        let old = (state, stateReason, stateReasonData)
        state = newState
        stateReason = reason
        stateReasonData = data.map(CompactJSON.write)
        stateUpdated = time
        if old.0 != newState { stateTransitioned = time }
        var newStateValue: [AWSValue.Member] = [.init("stateValue", .string(newState.rawValue)), .init("stateReason", .string(reason))]
        if let data { newStateValue.append(.init("stateReasonData", data)) }
        var oldStateValue: [AWSValue.Member] = [.init("stateValue", .string(old.0.rawValue)), .init("stateReason", .string(old.1))]
        if let oldData = old.2, let parsed = try? JSONReader.parse(oldData) { oldStateValue.append(.init("stateReasonData", parsed)) }
        try AlarmHistory.record(alarm: name, at: time, type: "StateUpdate",
                                summary: "Alarm updated from \(old.0.rawValue) to \(newState.rawValue)",
                                data: .object([.init("version", .string("1.0")), .init("oldState", .object(oldStateValue)),
                                               .init("newState", .object(newStateValue))]), db)
    }

    /// The `MetricAlarm` structure in model order.
    func value(account: Account, region: String) -> AWSValue {
        let request = configuration.request
        return .object([
            "AlarmName": .string(name),
            "AlarmArn": .string("arn:aws:cloudwatch:\(region):\(account.id):alarm:\(name)"),
            "AlarmDescription": request["AlarmDescription"],
            "AlarmConfigurationUpdatedTimestamp": .double(configurationUpdated.timeIntervalSince1970),
            "ActionsEnabled": .bool(actionsEnabled),
            "OKActions": .list(configuration.actions("OKActions").map(AWSValue.string)),
            "AlarmActions": .list(configuration.actions("AlarmActions").map(AWSValue.string)),
            "InsufficientDataActions": .list(configuration.actions("InsufficientDataActions").map(AWSValue.string)),
            "StateValue": .string(state.rawValue),
            "StateReason": .string(stateReason),
            "StateReasonData": stateReasonData.map(AWSValue.string),
            "StateUpdatedTimestamp": .double(stateUpdated.timeIntervalSince1970),
            "MetricName": .string(configuration.metric.name),
            "Namespace": .string(configuration.metric.namespace),
            "Statistic": configuration.isExtended ? nil : .string(configuration.statisticName),
            "ExtendedStatistic": configuration.isExtended ? .string(configuration.statisticName) : nil,
            "Dimensions": configuration.metric.dimensionsValue,
            "Period": .integer(configuration.period),
            "Unit": configuration.unit.map(AWSValue.string),
            "EvaluationPeriods": .integer(configuration.evaluationPeriods),
            "DatapointsToAlarm": configuration.datapointsToAlarm.map(AWSValue.integer),
            "Threshold": .double(configuration.threshold),
            "ComparisonOperator": .string(configuration.comparison.rawValue),
            "TreatMissingData": request["TreatMissingData"],
            "EvaluateLowSampleCountPercentile": request["EvaluateLowSampleCountPercentile"],
            "StateTransitionedTimestamp": .double(stateTransitioned.timeIntervalSince1970),
        ])
    }
}

/// JSON without spaces, as CloudWatch writes StateReasonData and HistoryData.
enum CompactJSON {
    static func write(_ value: AWSValue) -> String {
        switch value {
        case .list(let items): return "[" + items.map(write).joined(separator: ",") + "]"
        case .object(let members): return "{" + members.map { JSONWriter.quote($0.name) + ":" + write($0.value) }.joined(separator: ",") + "}"
        default: return JSONWriter.compact(value)
        }
    }
}
