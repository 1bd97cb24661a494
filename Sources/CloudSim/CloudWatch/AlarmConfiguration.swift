import Foundation

/// What put-metric-alarm sets, validated as CloudWatch validates it. The validated request is
/// stored as it came (JSON), so describe-alarms shows back exactly what was set.
struct AlarmConfiguration {
    let request: AWSValue
    let metric: Metric
    let statisticName: String
    let statistic: Statistic
    let isExtended: Bool
    let period: Int
    let unit: String?
    let evaluationPeriods: Int
    let datapointsToAlarm: Int?
    let threshold: Double
    let comparison: ComparisonOperator
    let treatment: MissingDataTreatment

    /// The members of a put-metric-alarm request that make up the configuration, in model order.
    static let memberNames = [
        "AlarmName", "AlarmDescription", "ActionsEnabled", "OKActions", "AlarmActions", "InsufficientDataActions",
        "MetricName", "Namespace", "Statistic", "ExtendedStatistic", "Dimensions", "Period", "Unit", "EvaluationPeriods",
        "DatapointsToAlarm", "Threshold", "ComparisonOperator", "TreatMissingData", "EvaluateLowSampleCountPercentile",
    ]

    init(_ request: AWSValue) throws {
        self.request = .object((request.members ?? []).filter { Self.memberNames.contains($0.name) })
        if request["Metrics"] != nil || request["ThresholdMetricId"] != nil {
            throw CloudWatchErrors.validation("Alarms on metric math expressions (Metrics, ThresholdMetricId) are not "
                                              + "supported by this simulator; alarm on one metric with MetricName and Namespace.")
        }
        guard let name = request["MetricName"]?.stringValue, let namespace = request["Namespace"]?.stringValue else {
            throw CloudWatchErrors.validation("Either MetricName and Namespace, or Metrics, must be specified.")
        }
        let dimensions = Metric.dimensions(from: request["Dimensions"])
        guard dimensions.count <= 30 else {
            throw CloudWatchErrors.validation("The collection Dimensions must not have a size greater than 30.")
        }
        metric = Metric(namespace: namespace, name: name, dimensions: dimensions)
        switch (request["Statistic"]?.stringValue, request["ExtendedStatistic"]?.stringValue) {
        case (.some(let standard), nil):
            guard let statistic = Statistic(standard: standard) else {
                throw CloudWatchErrors.notInSet(standard, at: "statistic", Statistic.standardNames)
            }
            (statisticName, self.statistic, isExtended) = (standard, statistic, false)
        case (nil, .some(let extended)):
            guard let statistic = Statistic(extended: extended) else {
                throw CloudWatchErrors.invalidValue("The value \(extended) for parameter ExtendedStatistic is not supported.")
            }
            (statisticName, self.statistic, isExtended) = (extended, statistic, true)
        case (.some, .some):
            throw CloudWatchErrors.invalidCombination("The parameters Statistic and ExtendedStatistic are mutually exclusive "
                                                      + "and you have specified both.")
        case (nil, nil):
            throw CloudWatchErrors.missing("Statistic or ExtendedStatistic")
        }
        guard let period = request["Period"]?.integerValue else { throw CloudWatchErrors.missing("Period") }
        guard [10, 20, 30].contains(period) || (period > 0 && period % 60 == 0) else {
            throw CloudWatchErrors.validation("Period must be 10, 20, 30 or a multiple of 60.")
        }
        self.period = period
        unit = try CloudWatchErrors.unit(request["Unit"], at: "unit")
        evaluationPeriods = request["EvaluationPeriods"]?.integerValue ?? 0
        guard evaluationPeriods >= 1 else {
            throw CloudWatchErrors.validation("EvaluationPeriods must be greater than or equal to 1.")
        }
        guard period * evaluationPeriods <= 86_400 else {
            throw CloudWatchErrors.validation("The evaluation period (Period * EvaluationPeriods) must not exceed 1 day (86400 seconds).")
        }
        datapointsToAlarm = request["DatapointsToAlarm"]?.integerValue
        if let datapoints = datapointsToAlarm, !(1...evaluationPeriods).contains(datapoints) {
            throw CloudWatchErrors.validation("DatapointsToAlarm must be between 1 and EvaluationPeriods (\(evaluationPeriods)).")
        }
        switch request["Threshold"] {
        case .integer(let value): threshold = Double(value)
        case .double(let value): threshold = value
        default: throw CloudWatchErrors.missing("Threshold")
        }
        let comparisonName = request["ComparisonOperator"]?.stringValue ?? ""
        guard let comparison = ComparisonOperator(rawValue: comparisonName) else {
            throw CloudWatchErrors.notInSet(comparisonName, at: "comparisonOperator", ComparisonOperator.allCases.map(\.rawValue))
        }
        self.comparison = comparison
        let treatmentName = request["TreatMissingData"]?.stringValue ?? "missing"
        guard let treatment = MissingDataTreatment(rawValue: treatmentName) else {
            throw CloudWatchErrors.validation("Option \(treatmentName) is not supported. Supported options for parameter "
                                              + "TreatMissingData are missing, ignore, breaching and notBreaching.")
        }
        self.treatment = treatment
        if let option = request["EvaluateLowSampleCountPercentile"]?.stringValue, !["evaluate", "ignore"].contains(option) {
            throw CloudWatchErrors.validation("Option \(option) is not supported. Supported options for parameter "
                                              + "EvaluateLowSampleCountPercentile are evaluate and ignore.")
        }
        for list in ["OKActions", "AlarmActions", "InsufficientDataActions"] {
            let actions = (request[list]?.listValue ?? []).compactMap(\.stringValue)
            guard actions.count <= 5 else {
                throw CloudWatchErrors.validation("The collection \(list) must not have a size greater than 5.")
            }
            for action in actions where !Self.isActionARN(action) {
                throw CloudWatchErrors.validation("Invalid arn syntax: \(action)")
            }
        }
    }

    /// SNS topics (`arn:aws:sns:region:account:topic`) and the EC2, Auto Scaling, Lambda and
    /// Systems Manager action ARNs alarms accept; the simulator stores them and runs none.
    private static func isActionARN(_ arn: String) -> Bool {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count >= 6 && parts[0] == "arn" && parts[1].hasPrefix("aws")
            && ["sns", "automate", "autoscaling", "lambda", "ssm", "ssm-incidents", "swf"].contains(parts[2]) && !parts[5].isEmpty
    }

    var name: String { request["AlarmName"]?.stringValue ?? "" }

    func actions(_ list: String) -> [String] { (request[list]?.listValue ?? []).compactMap(\.stringValue) }

    var evaluator: AlarmEvaluator {
        AlarmEvaluator(evaluationPeriods: evaluationPeriods, datapointsToAlarm: datapointsToAlarm ?? evaluationPeriods,
                       threshold: threshold, comparison: comparison, treatment: treatment)
    }
}
