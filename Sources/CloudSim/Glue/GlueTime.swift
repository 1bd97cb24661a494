import Foundation

/// Glue speaks JSON and sends timestamps as epoch seconds; the AWS CLI prints them as numbers
/// (`"CreateTime": 1767225600.0`).
enum GlueTime {
    static func value(_ date: Date) -> AWSValue {
        .double(date.timeIntervalSince1970)
    }

    static func date(_ value: AWSValue?) -> Date? {
        switch value {
        case .double(let seconds)?: Date(timeIntervalSince1970: seconds)
        case .integer(let seconds)?: Date(timeIntervalSince1970: TimeInterval(seconds))
        default: nil
        }
    }
}
