import GRDB

/// Small named values of the world itself, such as the clock offset.
enum WorldSettings {
    static func clockOffset(_ db: Database) throws -> Double {
        try String.fetchOne(db, sql: "SELECT value FROM world_setting WHERE name = 'clock_offset'")
            .flatMap(Double.init) ?? 0
    }

    static func setClockOffset(_ offset: Double, _ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO world_setting (name, value) VALUES ('clock_offset', ?)",
                       arguments: [String(offset)])
    }
}
