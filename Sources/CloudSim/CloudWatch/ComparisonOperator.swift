/// How an alarm compares a datapoint with its threshold, and the words its state reasons use.
enum ComparisonOperator: String, CaseIterable {
    case greaterThanOrEqualToThreshold = "GreaterThanOrEqualToThreshold"
    case greaterThanThreshold = "GreaterThanThreshold"
    case lessThanThreshold = "LessThanThreshold"
    case lessThanOrEqualToThreshold = "LessThanOrEqualToThreshold"

    /// Whether `value` breaches `threshold`.
    func breaches(_ value: Double, _ threshold: Double) -> Bool {
        switch self {
        case .greaterThanOrEqualToThreshold: value >= threshold
        case .greaterThanThreshold: value > threshold
        case .lessThanThreshold: value < threshold
        case .lessThanOrEqualToThreshold: value <= threshold
        }
    }

    /// `greater than or equal to`, as in `... was greater than or equal to the threshold (80.0)`.
    var words: String {
        switch self {
        case .greaterThanOrEqualToThreshold: "greater than or equal to"
        case .greaterThanThreshold: "greater than"
        case .lessThanThreshold: "less than"
        case .lessThanOrEqualToThreshold: "less than or equal to"
        }
    }
}

/// How an alarm treats periods without data (reference §11.2).
enum MissingDataTreatment: String, CaseIterable {
    case missing, notBreaching, breaching, ignore
}

/// The three alarm states.
enum AlarmStateValue: String, CaseIterable {
    case ok = "OK"
    case alarm = "ALARM"
    case insufficientData = "INSUFFICIENT_DATA"
}
