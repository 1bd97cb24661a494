/// `aws cloudwatch`: metrics, alarms and dashboards, declared as botocore's
/// `cloudwatch/2010-08-01/service-2.json` declares them (the members the labs use), plus the
/// AWS CLI's own put-metric-data shortcut (`--metric-name --value --unit --dimensions ...`).
enum CloudWatchAPI {
    static let dimension = Shape.structure([.required("Name", .string), .required("Value", .string)])
    static let metric = Shape.structure([
        .optional("Namespace", .string), .optional("MetricName", .string), .optional("Dimensions", .list(dimension)),
    ])
    static let statisticSet = Shape.structure([
        .required("SampleCount", .double), .required("Sum", .double), .required("Minimum", .double), .required("Maximum", .double),
    ])
    static let metricDatum = Shape.structure([
        .required("MetricName", .string),
        .optional("Dimensions", .list(dimension)),
        .optional("Timestamp", .timestamp),
        .optional("Value", .double),
        .optional("StatisticValues", statisticSet),
        .optional("Values", .list(.double)),
        .optional("Counts", .list(.double)),
        .optional("Unit", .string),
        .optional("StorageResolution", .integer(min: 1)),
    ])
    static let metricDataQuery = Shape.structure([
        .required("Id", .string(minLength: 1)),
        .optional("MetricStat", .structure([
            .required("Metric", metric), .required("Period", .integer(min: 1)), .required("Stat", .string),
            .optional("Unit", .string),
        ])),
        .optional("Expression", .string(minLength: 1)),
        .optional("Label", .string),
        .optional("ReturnData", .boolean),
        .optional("Period", .integer(min: 1)),
        .optional("AccountId", .string(minLength: 1)),
    ])

    static func pagination(_ resultKeys: [String], limit: String) -> Pagination {
        Pagination(inputToken: "NextToken", outputToken: "NextToken", limitKey: limit, resultKeys: resultKeys, nonAggregateKeys: [])
    }

    static let describeAlarms = Operation("DescribeAlarms", input: [
        .optional("AlarmNames", .list(.string(minLength: 1))),
        .optional("AlarmNamePrefix", .string(minLength: 1)),
        .optional("AlarmTypes", .list(.string)),
        .optional("ChildrenOfAlarmName", .string(minLength: 1)),
        .optional("ParentsOfAlarmName", .string(minLength: 1)),
        .optional("StateValue", .string),
        .optional("ActionPrefix", .string(minLength: 1)),
        .optional("MaxRecords", .integer(min: 1)),
        .optional("NextToken", .string),
    ], pagination: pagination(["MetricAlarms", "CompositeAlarms"], limit: "MaxRecords"), perform: AlarmOperations.describe)

    /// `aws cloudwatch wait alarm-exists`: DescribeAlarms every 5 seconds, at most 40 times, until
    /// it lists a metric alarm.
    static let alarmExists = Waiter("AlarmExists", operation: describeAlarms, delaySeconds: 5, maxAttempts: 40) { answer in
        guard case .success(let value) = answer else {
            if case .failure(let error) = answer { return .failure("An error occurred (\(error.code)): \(error.message)") }
            return .retry
        }
        return (value["MetricAlarms"]?.listValue ?? []).isEmpty ? .retry : .success
    }

    static let service = Service(name: "cloudwatch", operations: [
        Operation("PutMetricData", input: [
            .required("Namespace", .string(minLength: 1)),
            .optional("MetricData", .list(metricDatum)),
            .optional("MetricName", .string),
            .optional("Timestamp", .timestamp),
            .optional("Unit", .string),
            .optional("Value", .double),
            .optional("Dimensions", .map(.string)),
            .optional("StatisticValues", statisticSet),
            .optional("StorageResolution", .integer(min: 1)),
        ], perform: MetricOperations.putMetricData),
        Operation("GetMetricStatistics", input: [
            .required("Namespace", .string(minLength: 1)),
            .required("MetricName", .string(minLength: 1)),
            .optional("Dimensions", .list(dimension)),
            .required("StartTime", .timestamp),
            .required("EndTime", .timestamp),
            .required("Period", .integer(min: 1)),
            .optional("Statistics", .list(.string)),
            .optional("ExtendedStatistics", .list(.string)),
            .optional("Unit", .string),
        ], perform: MetricOperations.getMetricStatistics),
        Operation("GetMetricData", input: [
            .required("MetricDataQueries", .list(metricDataQuery)),
            .required("StartTime", .timestamp),
            .required("EndTime", .timestamp),
            .optional("NextToken", .string),
            .optional("ScanBy", .string),
            .optional("MaxDatapoints", .integer()),
            .optional("LabelOptions", .structure([.optional("Timezone", .string)])),
        ], pagination: pagination(["MetricDataResults", "Messages"], limit: "MaxDatapoints"),
           perform: MetricOperations.getMetricData),
        Operation("ListMetrics", input: [
            .optional("Namespace", .string(minLength: 1)),
            .optional("MetricName", .string(minLength: 1)),
            .optional("Dimensions", .list(.structure([.required("Name", .string), .optional("Value", .string)]))),
            .optional("NextToken", .string),
            .optional("RecentlyActive", .string),
            .optional("IncludeLinkedAccounts", .boolean),
            .optional("OwningAccount", .string(minLength: 1)),
        ], pagination: pagination(["Metrics", "OwningAccounts"], limit: "MaxRecords"), perform: MetricOperations.listMetrics),
        Operation("PutMetricAlarm", input: [
            .required("AlarmName", .string(minLength: 1)),
            .optional("AlarmDescription", .string),
            .optional("ActionsEnabled", .boolean),
            .optional("OKActions", .list(.string(minLength: 1))),
            .optional("AlarmActions", .list(.string(minLength: 1))),
            .optional("InsufficientDataActions", .list(.string(minLength: 1))),
            .optional("MetricName", .string(minLength: 1)),
            .optional("Namespace", .string(minLength: 1)),
            .optional("Statistic", .string),
            .optional("ExtendedStatistic", .string),
            .optional("Dimensions", .list(dimension)),
            .optional("Period", .integer(min: 1)),
            .optional("Unit", .string),
            .required("EvaluationPeriods", .integer(min: 1)),
            .optional("DatapointsToAlarm", .integer(min: 1)),
            .optional("Threshold", .double),
            .required("ComparisonOperator", .string),
            .optional("TreatMissingData", .string(minLength: 1)),
            .optional("EvaluateLowSampleCountPercentile", .string(minLength: 1)),
            .optional("Metrics", .list(metricDataQuery)),
            .optional("Tags", .list(.structure([.required("Key", .string(minLength: 1)), .required("Value", .string)]))),
            .optional("ThresholdMetricId", .string(minLength: 1)),
        ], perform: AlarmOperations.put),
        describeAlarms,
        Operation("DescribeAlarmsForMetric", input: [
            .required("MetricName", .string(minLength: 1)),
            .required("Namespace", .string(minLength: 1)),
            .optional("Statistic", .string),
            .optional("ExtendedStatistic", .string),
            .optional("Dimensions", .list(dimension)),
            .optional("Period", .integer(min: 1)),
            .optional("Unit", .string),
        ], perform: AlarmOperations.describeForMetric),
        Operation("DeleteAlarms", input: [.required("AlarmNames", .list(.string(minLength: 1)))], perform: AlarmOperations.delete),
        Operation("SetAlarmState", input: [
            .required("AlarmName", .string(minLength: 1)),
            .required("StateValue", .string),
            .required("StateReason", .string),
            .optional("StateReasonData", .string),
        ], perform: AlarmOperations.setState),
        Operation("EnableAlarmActions", input: [.required("AlarmNames", .list(.string(minLength: 1)))],
                  perform: AlarmOperations.enableActions),
        Operation("DisableAlarmActions", input: [.required("AlarmNames", .list(.string(minLength: 1)))],
                  perform: AlarmOperations.disableActions),
        Operation("DescribeAlarmHistory", input: [
            .optional("AlarmName", .string(minLength: 1)),
            .optional("AlarmTypes", .list(.string)),
            .optional("HistoryItemType", .string),
            .optional("StartDate", .timestamp),
            .optional("EndDate", .timestamp),
            .optional("MaxRecords", .integer(min: 1)),
            .optional("NextToken", .string),
            .optional("ScanBy", .string),
        ], pagination: pagination(["AlarmHistoryItems"], limit: "MaxRecords"), perform: AlarmOperations.history),
        Operation("PutDashboard", input: [.required("DashboardName", .string), .required("DashboardBody", .string)],
                  perform: DashboardOperations.put),
        Operation("GetDashboard", input: [.required("DashboardName", .string)], perform: DashboardOperations.get),
        Operation("ListDashboards", input: [.optional("DashboardNamePrefix", .string), .optional("NextToken", .string)],
                  pagination: pagination(["DashboardEntries"], limit: "MaxRecords"), perform: DashboardOperations.list),
        Operation("DeleteDashboards", input: [.required("DashboardNames", .list(.string))], perform: DashboardOperations.delete),
    ], waiters: [alarmExists])
}
