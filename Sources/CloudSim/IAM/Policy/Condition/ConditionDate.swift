import Foundation

/// Reads the date forms IAM accepts in `Date*` conditions and in `aws:CurrentTime`-style keys:
/// ISO 8601 date-times (with or without fractional seconds or offset), plain dates, and epoch
/// seconds (`aws:EpochTime`).
enum ConditionDate {
    static func parse(_ text: String) -> Date? {
        if let seconds = Double(text) { return Date(timeIntervalSince1970: seconds) }
        let styles: [Date.ISO8601FormatStyle] = [
            .iso8601,
            Date.ISO8601FormatStyle(includingFractionalSeconds: true),
            Date.ISO8601FormatStyle().year().month().day(),
        ]
        for style in styles {
            if let date = try? Date(text, strategy: style) { return date }
        }
        return nil
    }
}
