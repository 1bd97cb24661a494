import Foundation

/// The instants GETDATE, SYSDATE, CURRENT_DATE and CURRENT_TIMESTAMP read as "now", as engine
/// values (microseconds since 2000-01-01 UTC).
///
/// `Database` sets it for each statement from its `clock` by binding inside
/// `SessionClock.$current.withValue(clock) { ... }`: the functions read the task-local **when
/// the call is resolved** and keep that value, so every row and batch of a statement sees the
/// same instant and a test can pin time. Without a clock set, the system time at resolution
/// is used for both instants.
public struct SessionClock: Sendable, Equatable {
    /// Start of the current transaction: SYSDATE, CURRENT_DATE, CURRENT_TIMESTAMP.
    public var transactionStart: Int64
    /// Start of the current statement: GETDATE (whole seconds, as Redshift prints it).
    public var statementStart: Int64

    public init(transactionStart: Int64, statementStart: Int64) {
        self.transactionStart = transactionStart
        self.statementStart = statementStart
    }

    @TaskLocal public static var current: SessionClock?

    /// The system's current time as both instants.
    public static func system() -> SessionClock {
        let now = instant(Date())
        return SessionClock(transactionStart: now, statementStart: now)
    }

    /// A wall-clock instant as engine time: microseconds since 2000-01-01 UTC.
    static func instant(_ date: Date) -> Int64 {
        let seconds = date.timeIntervalSince1970 - Double(DateTimeArithmetic.unixEpochOffsetSeconds)
        return Int64((seconds * Double(Microseconds.perSecond)).rounded())
    }

    /// The clock a call resolved now reads.
    static var inEffect: SessionClock { current ?? system() }
}
