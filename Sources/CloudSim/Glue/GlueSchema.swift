import GRDB

/// Glue's tables in the world database. Catalog entries and crawler and job definitions are kept
/// as the JSON documents Glue answers with (members in model order), so what `get-table` prints
/// is what was stored; the columns beside them are what lookups and the clock need.
enum GlueSchema {
    static func createTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE glue_database (
                name TEXT PRIMARY KEY NOT NULL,
                document TEXT NOT NULL
            );
            CREATE TABLE glue_table (
                database_name TEXT NOT NULL,
                name TEXT NOT NULL,
                document TEXT NOT NULL,
                PRIMARY KEY (database_name, name)
            );
            CREATE TABLE glue_partition (
                database_name TEXT NOT NULL,
                table_name TEXT NOT NULL,
                partition_values TEXT NOT NULL,
                document TEXT NOT NULL,
                PRIMARY KEY (database_name, table_name, partition_values)
            );
            CREATE TABLE glue_crawler (
                name TEXT PRIMARY KEY NOT NULL,
                definition TEXT NOT NULL,
                state TEXT NOT NULL,
                state_since REAL NOT NULL,
                run_started REAL,
                run_ends REAL,
                last_crawl TEXT,
                metrics TEXT NOT NULL
            );
            CREATE TABLE glue_job (
                name TEXT PRIMARY KEY NOT NULL,
                document TEXT NOT NULL
            );
            CREATE TABLE glue_job_run (
                id TEXT PRIMARY KEY NOT NULL,
                job_name TEXT NOT NULL,
                started REAL NOT NULL,
                state TEXT NOT NULL,
                state_since REAL NOT NULL,
                state_ends REAL,
                document TEXT NOT NULL
            );
            CREATE INDEX glue_job_run_by_job ON glue_job_run (job_name, started);
            """)
    }
}
