/// Microsecond multiples used across date/time code.
public enum Microseconds: Sendable {
    public static let perMillisecond: Int64 = 1000
    public static let perSecond: Int64 = 1_000_000
    public static let perMinute: Int64 = 60 * perSecond
    public static let perHour: Int64 = 60 * perMinute
    public static let perDay: Int64 = 24 * perHour

    /// Splits a timestamp into whole days since the epoch and microseconds into that day.
    @inlinable
    public static func split(_ timestamp: Int64) -> (days: Int64, timeOfDay: Int64) {
        let days = timestamp >= 0 ? timestamp / perDay : (timestamp + 1) / perDay - 1
        return (days, timestamp - days * perDay)
    }
}
