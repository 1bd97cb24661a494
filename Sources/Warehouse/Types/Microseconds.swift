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
        let (quotient, remainder) = timestamp.quotientAndRemainder(dividingBy: perDay)
        return remainder < 0 ? (quotient - 1, remainder + perDay) : (quotient, remainder)
    }
}
