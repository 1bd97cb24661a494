import GRDB

/// CloudWatch's tables in the world database: datapoints learners publish, alarms and their
/// history, dashboards, and the Redshift activity (queries, disk usage) that the AWS/Redshift
/// metrics are computed from.
enum CloudWatchSchema {
    static func createTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE cloudwatch_datum (
                namespace TEXT NOT NULL,
                metric_name TEXT NOT NULL,
                dimensions TEXT NOT NULL,
                timestamp REAL NOT NULL,
                unit TEXT NOT NULL,
                sample_count REAL NOT NULL,
                sum REAL NOT NULL,
                minimum REAL NOT NULL,
                maximum REAL NOT NULL,
                is_single_value INTEGER NOT NULL
            );
            CREATE INDEX cloudwatch_datum_metric ON cloudwatch_datum(namespace, metric_name, dimensions, timestamp);
            CREATE TABLE cloudwatch_alarm (
                name TEXT PRIMARY KEY NOT NULL,
                configuration TEXT NOT NULL,
                configuration_updated REAL NOT NULL,
                actions_enabled INTEGER NOT NULL,
                state_value TEXT NOT NULL,
                state_reason TEXT NOT NULL,
                state_reason_data TEXT,
                state_updated REAL NOT NULL,
                state_transitioned REAL NOT NULL,
                evaluated_until REAL NOT NULL
            );
            CREATE TABLE cloudwatch_alarm_history (
                sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                alarm_name TEXT NOT NULL,
                timestamp REAL NOT NULL,
                item_type TEXT NOT NULL,
                summary TEXT NOT NULL,
                data TEXT NOT NULL
            );
            CREATE TABLE cloudwatch_dashboard (
                name TEXT PRIMARY KEY NOT NULL,
                body TEXT NOT NULL,
                last_modified REAL NOT NULL
            );
            CREATE TABLE redshift_query_activity (
                cluster_id TEXT NOT NULL,
                started REAL NOT NULL,
                duration REAL NOT NULL,
                cpu_seconds REAL NOT NULL,
                bytes_scanned INTEGER NOT NULL
            );
            CREATE INDEX redshift_query_activity_cluster ON redshift_query_activity(cluster_id, started);
            CREATE TABLE redshift_disk_usage (
                cluster_id TEXT NOT NULL,
                at REAL NOT NULL,
                bytes INTEGER NOT NULL
            );
            CREATE INDEX redshift_disk_usage_cluster ON redshift_disk_usage(cluster_id, at);
            """)
    }
}
