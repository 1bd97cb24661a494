import Foundation
import GRDB

/// An alarm's history: configuration changes and state changes, kept after the alarm is deleted
/// (as CloudWatch keeps it for two weeks).
enum AlarmHistory {
    static let itemTypes = ["ConfigurationUpdate", "StateUpdate", "Action"]

    static func record(alarm: String, at time: Date, type: String, summary: String, data: AWSValue, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO cloudwatch_alarm_history (alarm_name, timestamp, item_type, summary, data) VALUES (?, ?, ?, ?, ?)
            """, arguments: [alarm, time.timeIntervalSince1970, type, summary, CompactJSON.write(data)])
    }

    /// `AlarmHistoryItems` entries, newest first unless `ascending`, filtered as describe-alarm-history filters.
    static func items(alarm: String?, type: String?, from start: Date?, to end: Date?, ascending: Bool,
                      since: Date, _ db: Database) throws -> [AWSValue] {
        try Row.fetchAll(db, sql: """
            SELECT * FROM cloudwatch_alarm_history
            WHERE (?1 IS NULL OR alarm_name = ?1) AND (?2 IS NULL OR item_type = ?2) AND (?3 IS NULL OR timestamp >= ?3)
                AND (?4 IS NULL OR timestamp <= ?4) AND timestamp >= ?5
            ORDER BY timestamp \(ascending ? "ASC" : "DESC"), sequence \(ascending ? "ASC" : "DESC")
            """, arguments: [alarm, type, start?.timeIntervalSince1970, end?.timeIntervalSince1970, since.timeIntervalSince1970]).map {
            .object([
                "AlarmName": .string($0["alarm_name"]),
                "AlarmType": .string("MetricAlarm"),
                "Timestamp": .double($0["timestamp"]),
                "HistoryItemType": .string($0["item_type"]),
                "HistorySummary": .string($0["summary"]),
                "HistoryData": .string($0["data"]),
            ])
        }
    }
}
