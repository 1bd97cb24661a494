import Foundation

/// A zone as CONVERT_TIMEZONE reads it.
enum SQLTimeZone {
    case fixed(seconds: Int)
    case named(TimeZone)

    init(_ name: String) throws(SQLError) {
        let key = name.lowercased()
        if let offset = TimeZoneConversion.abbreviations[key] {
            self = .fixed(seconds: offset)
        } else if let offset = SQLTimeZone.posixOffset(key) {
            self = .fixed(seconds: offset)
        } else if name.contains("/"), let zone = TimeZone(identifier: name) ?? TimeZone(identifier: name.capitalized) {
            self = .named(zone)
        } else {
            throw SQLError(SQLState.invalidParameterValue, "time zone \"\(name)\" not recognized")
        }
    }

    /// `UTC+3`, `GMT-5:30`, `+2`: hours west of UTC, returned as seconds east.
    private static func posixOffset(_ key: String) -> Int? {
        var rest = Substring(key)
        for prefix in ["utc", "gmt"] where rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count) }
        guard let sign = rest.first, sign == "+" || sign == "-" else { return nil }
        let parts = rest.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let hours = Int(parts[0]), (0...15).contains(hours) else { return nil }
        let minutes = parts.count == 2 ? Int(parts[1]) : 0
        guard let minutes, (0..<60).contains(minutes) else { return nil }
        let west = hours * 3600 + minutes * 60
        return sign == "+" ? -west : west
    }

    func offsetSeconds(atUTC utc: Int64) throws(SQLError) -> Int {
        switch self {
        case .fixed(let seconds): return seconds
        case .named(let zone):
            let unixSeconds = Double(utc) / Double(Microseconds.perSecond) + Double(DateTimeArithmetic.unixEpochOffsetSeconds)
            return zone.secondsFromGMT(for: Date(timeIntervalSince1970: unixSeconds))
        }
    }

    /// The instant whose local time here is `local` (the later offset wins in a DST overlap).
    func utc(fromLocal local: Int64) throws(SQLError) -> Int64 {
        let guess = local - Int64(try offsetSeconds(atUTC: local)) * Microseconds.perSecond
        return local - Int64(try offsetSeconds(atUTC: guess)) * Microseconds.perSecond
    }
}
