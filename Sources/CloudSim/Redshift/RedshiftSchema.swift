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

    /// Parameter groups (only values a learner set are stored: the rest are the family's
    /// defaults), cluster subnet groups, tags, and what a cluster is attached to and resizing to.
    static func addConfiguration(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE redshift_cluster ADD COLUMN parameter_group TEXT NOT NULL DEFAULT 'default.redshift-1.0';
            ALTER TABLE redshift_cluster ADD COLUMN parameter_apply_status TEXT NOT NULL DEFAULT 'in-sync';
            ALTER TABLE redshift_cluster ADD COLUMN applied_parameters TEXT NOT NULL DEFAULT '{}';
            ALTER TABLE redshift_cluster ADD COLUMN subnet_group TEXT NOT NULL DEFAULT 'default';
            ALTER TABLE redshift_cluster ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
            ALTER TABLE redshift_cluster ADD COLUMN resize_node_type TEXT;
            ALTER TABLE redshift_cluster ADD COLUMN resize_number_of_nodes INTEGER;
            ALTER TABLE redshift_cluster ADD COLUMN resize_classic INTEGER NOT NULL DEFAULT 0;
            CREATE TABLE redshift_parameter_group (
                name TEXT PRIMARY KEY NOT NULL,
                family TEXT NOT NULL,
                description TEXT NOT NULL,
                tags TEXT NOT NULL DEFAULT '[]'
            );
            CREATE TABLE redshift_parameter (
                group_name TEXT NOT NULL REFERENCES redshift_parameter_group(name) ON DELETE CASCADE,
                name TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (group_name, name)
            );
            CREATE TABLE redshift_subnet_group (
                name TEXT PRIMARY KEY NOT NULL,
                description TEXT NOT NULL,
                vpc_id TEXT NOT NULL,
                subnets TEXT NOT NULL,
                tags TEXT NOT NULL DEFAULT '[]'
            );
            """)
    }
}
