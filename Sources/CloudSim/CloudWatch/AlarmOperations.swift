import Foundation

/// put-metric-alarm, describe-alarms(-for-metric), delete-alarms, set-alarm-state,
/// enable/disable-alarm-actions and describe-alarm-history.
enum AlarmOperations {
    /// Creates the alarm in INSUFFICIENT_DATA, or replaces an existing alarm's configuration
    /// while keeping its state (as CloudWatch does).
    @Sendable static func put(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let configuration = try AlarmConfiguration(request.input)
        let name = configuration.name
        guard (1...255).contains(name.count) else {
            throw CloudWatchErrors.validation("The parameter AlarmName must be between 1 and 255 characters long.")
        }
        if let description = configuration.request["AlarmDescription"]?.stringValue, description.count > 1024 {
            throw CloudWatchErrors.validation("The parameter AlarmDescription must be at most 1024 characters long.")
        }
        if var alarm = try Alarm.find(name, world.db) {
            let original = alarm.configuration.request
            alarm.configuration = configuration
            alarm.configurationUpdated = world.now
            alarm.actionsEnabled = configuration.request["ActionsEnabled"]?.boolValue ?? true
            alarm.evaluatedUntil = world.now
            try alarm.save(world.db)
            try AlarmHistory.record(alarm: name, at: world.now, type: "ConfigurationUpdate", summary: "Alarm \"\(name)\" updated",
                                    data: .object(["version": .string("1.0"), "type": .string("Update"),
                                                   "originalAlarm": original, "updatedAlarm": configuration.request]), world.db)
        } else {
            try Alarm(configuration: configuration, at: world.now).save(world.db)
            try AlarmHistory.record(alarm: name, at: world.now, type: "ConfigurationUpdate", summary: "Alarm \"\(name)\" created",
                                    data: .object(["version": .string("1.0"), "type": .string("Create"),
                                                   "createdAlarm": configuration.request]), world.db)
        }
        return .empty
    }

    @Sendable static func describe(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let names = request["AlarmNames"]?.listValue?.compactMap(\.stringValue)
        let prefix = request["AlarmNamePrefix"]?.stringValue
        if names != nil, prefix != nil {
            throw CloudWatchErrors.invalidCombination("AlarmNamePrefix and AlarmNames cannot be specified together.")
        }
        let state = try stateValue(request["StateValue"])
        let actionPrefix = request["ActionPrefix"]?.stringValue
        let types = request["AlarmTypes"]?.listValue?.compactMap(\.stringValue) ?? ["MetricAlarm"]
        for type in types where !["MetricAlarm", "CompositeAlarm"].contains(type) {
            throw CloudWatchErrors.notInSet(type, at: "alarmTypes", ["CompositeAlarm", "MetricAlarm"])
        }
        // Only composite alarms have children and parents, and the simulator has none.
        let related = request["ChildrenOfAlarmName"] != nil || request["ParentsOfAlarmName"] != nil
        let alarms = try types.contains("MetricAlarm") && !related ? Alarm.all(world.db).filter { alarm in
            (names.map { $0.contains(alarm.name) } ?? true)
                && (prefix.map { alarm.name.hasPrefix($0) } ?? true)
                && (state.map { alarm.state == $0 } ?? true)
                && (actionPrefix.map { prefix in
                    ["OKActions", "AlarmActions", "InsufficientDataActions"].contains { alarm.configuration.actions($0).contains { $0.hasPrefix(prefix) } }
                } ?? true)
        } : []
        let limit = request["MaxRecords"]?.integerValue ?? 50
        guard (1...100).contains(limit) else {
            throw CloudWatchErrors.validation("The parameter MaxRecords must be between 1 and 100.")
        }
        let (page, next) = try Paging.page(alarms, token: request["NextToken"]?.stringValue, size: limit)
        return OperationResult(.object([
            "MetricAlarms": .list(page.map { $0.value(account: world.account, region: world.region) }),
            "CompositeAlarms": .list([]),
            "NextToken": next.map(AWSValue.string),
        ]))
    }

    /// The alarms watching one metric; the optional statistic, period, unit and dimensions narrow it.
    @Sendable static func describeForMetric(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let dimensions = request["Dimensions"].map { Metric.dimensions(from: $0) }
        let statistic = request["Statistic"]?.stringValue ?? request["ExtendedStatistic"]?.stringValue
        let alarms = try Alarm.all(world.db).filter { alarm in
            let configuration = alarm.configuration
            return configuration.metric.namespace == request.string("Namespace")
                && configuration.metric.name == request.string("MetricName")
                && (dimensions.map { Metric(namespace: "", name: "", dimensions: $0).dimensions == configuration.metric.dimensions } ?? true)
                && (statistic.map { $0 == configuration.statisticName } ?? true)
                && (request["Period"]?.integerValue.map { $0 == configuration.period } ?? true)
                && (request["Unit"]?.stringValue.map { $0 == configuration.unit } ?? true)
        }
        return OperationResult(.object(["MetricAlarms": .list(alarms.map { $0.value(account: world.account, region: world.region) })]))
    }

    /// Deletes all the named alarms, or none if one of them does not exist.
    @Sendable static func delete(_ request: OperationRequest) throws -> OperationResult {
        let names = (request["AlarmNames"]?.listValue ?? []).compactMap(\.stringValue)
        guard names.count <= 100 else {
            throw CloudWatchErrors.validation("The collection AlarmNames must not have a size greater than 100.")
        }
        var alarms: [Alarm] = []
        for name in names {
            guard let alarm = try Alarm.find(name, request.world.db) else {
                throw CloudWatchErrors.resourceNotFound("1 or more alarms could not be found: [\(name)]")
            }
            alarms.append(alarm)
        }
        for alarm in alarms { try alarm.delete(request.world.db) }
        return .empty
    }

    /// Sets the state by hand (for testing actions); the next evaluation may set it back.
    @Sendable static func setState(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let name = request.string("AlarmName")
        guard let state = try stateValue(request["StateValue"]) else { throw CloudWatchErrors.missing("StateValue") }
        var data: AWSValue?
        if let text = request["StateReasonData"]?.stringValue {
            guard let parsed = try? JSONReader.parse(text), case .object = parsed else {
                throw ServiceError("InvalidFormat", "StateReasonData is not valid JSON.")
            }
            data = parsed
        }
        guard var alarm = try Alarm.find(name, world.db) else {
            throw CloudWatchErrors.resourceNotFound("Alarm \(name) not found")
        }
        try alarm.transition(to: state, reason: request.string("StateReason"), data: data, at: world.now, world.db)
        try alarm.save(world.db)
        return .empty
    }

    @Sendable static func enableActions(_ request: OperationRequest) throws -> OperationResult {
        try setActions(request, enabled: true)
    }

    @Sendable static func disableActions(_ request: OperationRequest) throws -> OperationResult {
        try setActions(request, enabled: false)
    }

    /// Names that are not alarms are passed over, as CloudWatch does.
    private static func setActions(_ request: OperationRequest, enabled: Bool) throws -> OperationResult {
        for name in (request["AlarmNames"]?.listValue ?? []).compactMap(\.stringValue) {
            guard var alarm = try Alarm.find(name, request.world.db) else { continue }
            alarm.actionsEnabled = enabled
            try alarm.save(request.world.db)
        }
        return .empty
    }

    @Sendable static func history(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let type = request["HistoryItemType"]?.stringValue
        if let type, !AlarmHistory.itemTypes.contains(type) {
            throw CloudWatchErrors.notInSet(type, at: "historyItemType", AlarmHistory.itemTypes)
        }
        let scanBy = request["ScanBy"]?.stringValue ?? "TimestampDescending"
        guard ["TimestampDescending", "TimestampAscending"].contains(scanBy) else {
            throw CloudWatchErrors.notInSet(scanBy, at: "scanBy", ["TimestampDescending", "TimestampAscending"])
        }
        let items = try AlarmHistory.items(alarm: request["AlarmName"]?.stringValue, type: type,
                                           from: request["StartDate"].flatMap(Timestamps.parse),
                                           to: request["EndDate"].flatMap(Timestamps.parse),
                                           ascending: scanBy == "TimestampAscending",
                                           since: world.now.addingTimeInterval(-14 * 86_400), world.db)
        let limit = request["MaxRecords"]?.integerValue ?? 100
        guard (1...100).contains(limit) else {
            throw CloudWatchErrors.validation("The parameter MaxRecords must be between 1 and 100.")
        }
        let (page, next) = try Paging.page(items, token: request["NextToken"]?.stringValue, size: limit)
        return OperationResult(.object(["AlarmHistoryItems": .list(page), "NextToken": next.map(AWSValue.string)]))
    }

    private static func stateValue(_ value: AWSValue?) throws -> AlarmStateValue? {
        guard let text = value?.stringValue else { return nil }
        guard let state = AlarmStateValue(rawValue: text) else {
            throw CloudWatchErrors.notInSet(text, at: "stateValue", ["INSUFFICIENT_DATA", "ALARM", "OK"])
        }
        return state
    }
}
