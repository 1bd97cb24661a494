import GRDB

/// Redshift's tables in the world database: clusters (their lists stored as JSON arrays) and
/// snapshots.
enum RedshiftSchema {
    static func createTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE redshift_cluster (
                id TEXT PRIMARY KEY NOT NULL,
                node_type TEXT NOT NULL,
                number_of_nodes INTEGER NOT NULL,
                master_username TEXT NOT NULL,
                db_name TEXT NOT NULL,
                port INTEGER NOT NULL,
                status TEXT NOT NULL,
                status_since REAL NOT NULL,
                created REAL NOT NULL,
                endpoint_id TEXT NOT NULL,
                availability_zone TEXT NOT NULL,
                vpc_id TEXT NOT NULL,
                security_groups TEXT NOT NULL,
                iam_roles TEXT NOT NULL,
                default_iam_role TEXT,
                publicly_accessible INTEGER NOT NULL
            );
            CREATE TABLE redshift_snapshot (
                id TEXT PRIMARY KEY NOT NULL,
                cluster_id TEXT NOT NULL,
                status TEXT NOT NULL,
                created REAL NOT NULL,
                cluster_created REAL NOT NULL,
                node_type TEXT NOT NULL,
                number_of_nodes INTEGER NOT NULL,
                master_username TEXT NOT NULL,
                db_name TEXT NOT NULL,
                port INTEGER NOT NULL,
                availability_zone TEXT NOT NULL,
                vpc_id TEXT NOT NULL
            );
            """)
    }
}
