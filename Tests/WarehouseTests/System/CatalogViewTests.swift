import Testing
@testable import Warehouse

/// PG_TABLE_DEF and the pg_catalog / information_schema relations let tools discover the schema.
@Suite struct CatalogViewTests {
    @Test func pgTableDefShowsTablesOnTheSearchPath() throws {
        let lab = try StorageFixture()
        try lab.run("CREATE SCHEMA sales")
        try lab.run("""
            CREATE TABLE sales.orders (id BIGINT NOT NULL, customer INT, total DECIMAL(12,2) ENCODE zstd, note VARCHAR(30))
            DISTKEY(customer) SORTKEY(id)
            """)
        let query = "select \"column\", type, trim(encoding), distkey, sortkey, \"notnull\" from pg_table_def where tablename = 'orders'"
        #expect(try lab.rows(query).isEmpty)
        try lab.run("SET search_path TO '$user', public, sales")
        #expect(try lab.rows(query) == [
            [.string("id"), .string("bigint"), .string("none"), .boolean(false), .integer(1), .boolean(true)],
            [.string("customer"), .string("integer"), .string("az64"), .boolean(true), .integer(0), .boolean(false)],
            [.string("total"), .string("numeric(12,2)"), .string("zstd"), .boolean(false), .integer(0), .boolean(false)],
            [.string("note"), .string("character varying(30)"), .string("lzo"), .boolean(false), .integer(0), .boolean(false)],
        ])
        // A same-named table earlier on the path hides the later one.
        try lab.run("CREATE TABLE public.orders (x INT)")
        #expect(try lab.rows("select schemaname from pg_table_def where tablename = 'orders'") == [[.string("public")], ])
    }

    @Test func interleavedSortKeyPositionsAlternateInSign() throws {
        let lab = try StorageFixture()
        try lab.run("CREATE TABLE i (a INT, b INT, c INT, d INT) INTERLEAVED SORTKEY(a, b, c)")
        #expect(try lab.rows("select sortkey from pg_table_def where tablename = 'i'") == [
            [.integer(-1)], [.integer(2)], [.integer(-3)], [.integer(0)],
        ])
    }

    @Test func pgCatalogDescribesTablesViewsAndColumns() throws {
        let lab = try StorageFixture()
        try lab.run("CREATE TABLE t (id INT NOT NULL, name VARCHAR(10) DEFAULT 'x') DISTKEY(id)")
        try lab.run("CREATE VIEW v AS SELECT id, name AS label FROM t")
        #expect(try lab.rows("""
            select c.relname, c.relkind, n.nspname from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relname in ('t', 'v') order by 1
            """) == [[.string("t"), .string("r"), .string("public")], [.string("v"), .string("v"), .string("public")]])
        #expect(try lab.rows("""
            select a.attnum, a.attname, t.typname, a.attnotnull, a.attisdistkey from pg_attribute a
            join pg_class c on c.oid = a.attrelid join pg_type t on t.oid = a.atttypid where c.relname = 't' order by a.attnum
            """) == [[.smallint(1), .string("id"), .string("int4"), .boolean(true), .boolean(true)],
                     [.smallint(2), .string("name"), .string("varchar"), .boolean(false), .boolean(false)]])
        #expect(try lab.rows("select tablename from pg_tables where schemaname = 'public' order by 1") == [[.string("digits")], [.string("t")]])
        #expect(try lab.rows("select viewname, definition from pg_views") == [[.string("v"), .string("SELECT id, name AS label FROM t;")]])
        #expect(try lab.rows("""
            select table_name, table_type from information_schema.tables where table_schema = 'public' order by 1
            """) == [[.string("digits"), .string("BASE TABLE")], [.string("t"), .string("BASE TABLE")], [.string("v"), .string("VIEW")]])
        #expect(try lab.rows("""
            select column_name, ordinal_position, is_nullable, data_type, character_maximum_length, column_default
            from information_schema.columns where table_name in ('t', 'v') order by table_name, ordinal_position
            """) == [
            [.string("id"), .integer(1), .string("NO"), .string("integer"), .null, .null],
            [.string("name"), .integer(2), .string("YES"), .string("character varying"), .integer(10), .string("'x'")],
            [.string("id"), .integer(1), .string("YES"), .string("integer"), .null, .null],
            [.string("label"), .integer(2), .string("YES"), .string("character varying"), .integer(10), .null],
        ])
        // information_schema is its own schema: not found unqualified, and OIDs stay put.
        #expect(throws: SQLError.self) { try lab.run("select * from columns") }
        let oid = try lab.value("select oid from pg_class where relname = 't'")
        try lab.run("INSERT INTO t VALUES (1, 'a')")
        #expect(try lab.value("select oid from pg_class where relname = 't'") == oid)
        #expect(try lab.value("select table_id from svv_table_info where \"table\" = 't'") == oid)
    }

    @Test func reltuplesFollowsAnalyze() throws {
        let lab = try StorageFixture()
        try lab.run("CREATE TABLE t (n INT); INSERT INTO t \(StorageFixture.numbers)")
        #expect(try lab.value("select reltuples from pg_class where relname = 't'") == .real(0))
        try lab.run("ANALYZE t")
        #expect(try lab.value("select reltuples from pg_class where relname = 't'") == .real(10_000))
    }
}
