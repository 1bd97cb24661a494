import Foundation

/// How world timestamps are written where the AWS CLI shows them.
public enum WorldTime {
    /// `2026-01-01T00:00:00Z`: what `lab clock` prints.
    public static func iso8601(_ date: Date) -> String {
        date.ISO8601Format()
    }

    /// `2026-01-01T00:00:00.000Z`: timestamps inside S3 XML responses, which the CLI passes through.
    public static func s3Timestamp(_ date: Date) -> String {
        format(date, "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
    }

    /// `Thu, 01 Jan 2026 00:00:00 GMT`: timestamps S3 sends in HTTP headers (head-object, get-object).
    public static func httpDate(_ date: Date) -> String {
        format(date, "EEE, dd MMM yyyy HH:mm:ss 'GMT'")
    }

    /// Reads back an `httpDate` timestamp.
    public static func parseHTTPDate(_ text: String) -> Date? {
        formatter("EEE, dd MMM yyyy HH:mm:ss 'GMT'", TimeZone(identifier: "UTC")!).date(from: text)
    }

    /// `2026-01-01 00:00:00`: the `aws s3 ls` column, in local time as the CLI shows it.
    public static func listing(_ date: Date) -> String {
        format(date, "yyyy-MM-dd HH:mm:ss", in: .current)
    }

    private static func format(_ date: Date, _ pattern: String, in zone: TimeZone = TimeZone(identifier: "UTC")!) -> String {
        formatter(pattern, zone).string(from: date)
    }

    private static func formatter(_ pattern: String, _ zone: TimeZone) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = pattern
        return formatter
    }
}
