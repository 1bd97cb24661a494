/// The zones of the last spellings seen.
struct ZoneCache {
    private var zones: [String: SQLTimeZone] = [:]

    mutating func zone(_ bytes: ArraySlice<UInt8>) throws(SQLError) -> SQLTimeZone {
        let name = String(decoding: bytes, as: UTF8.self)
        if let zone = zones[name] { return zone }
        let zone = try SQLTimeZone(name)
        zones[name] = zone
        return zone
    }
}
