import Foundation

/// A temporary readable copy of an archived object, as RestoreObject makes one: it is ready when
/// the retrieval tier's time has passed and is kept for the requested days, until midnight UTC.
struct S3Restore: Equatable {
    let ready: Date
    let expiry: Date

    /// Retrieval times, the upper ends of S3's published ranges: Glacier Flexible Retrieval
    /// Expedited 1–5 minutes, Standard 3–5 hours, Bulk 5–12 hours; Deep Archive Standard within
    /// 12 hours, Bulk within 48 hours.
    static func retrievalTime(tier: String, storageClass: StorageClass) -> TimeInterval? {
        switch (tier, storageClass) {
        case ("Expedited", .glacier): return 5 * 60
        case ("Standard", .glacier): return 5 * 3_600
        case ("Bulk", .glacier): return 12 * 3_600
        case ("Standard", .deepArchive): return 12 * 3_600
        case ("Bulk", .deepArchive): return 48 * 3_600
        default: return nil
        }
    }

    /// The expiry `days` after `start`, rounded up to the next midnight UTC.
    static func expiry(after start: Date, days: Int) -> Date {
        let end = start.addingTimeInterval(TimeInterval(days) * 86_400).timeIntervalSince1970
        return Date(timeIntervalSince1970: (end / 86_400).rounded(.up) * 86_400)
    }

    func isOngoing(at now: Date) -> Bool { now < ready }
    func isAvailable(at now: Date) -> Bool { ready <= now && now < expiry }

    /// The `Restore` value HeadObject and GetObject report, or nil once the copy has expired.
    func header(at now: Date) -> String? {
        if isOngoing(at: now) { return "ongoing-request=\"true\"" }
        if isAvailable(at: now) { return "ongoing-request=\"false\", expiry-date=\"\(WorldTime.httpDate(expiry))\"" }
        return nil
    }
}
