import Testing
@testable import Warehouse

@Suite struct DatabaseTests {
    @Test func commandTagsAsPostgreSQLPrintsThem() throws {
        let database = Database()
        let results = try database.execute("""
            create table t (a int); insert into t values (1), (2), (3); update t set a = a + 1 where a > 1;
            delete from t where a = 4; select * from t; create view v as select a from t; drop view v;
            create schema s; drop schema s; truncate t; begin; commit; set search_path to public; drop table t
            """)
        #expect(results.map(\.commandTag) == [
            "CREATE TABLE", "INSERT 0 3", "UPDATE 2", "DELETE 1", "SELECT 2", "CREATE VIEW", "DROP VIEW",
            "CREATE SCHEMA", "DROP SCHEMA", "TRUNCATE TABLE", "BEGIN", "COMMIT", "SET", "DROP TABLE",
        ])
        #expect(results[4].returnsRows)
        #expect(!results[0].returnsRows)
    }

    @Test func skippedWorkRaisesNotices() throws {
        let database = Database()
        let results = try database.execute("drop table if exists nope; create table t (a int); create table if not exists t (b int)")
        #expect(results[0].notices == [Notice("table \"nope\" does not exist, skipping")])
        #expect(results[2].notices == [Notice("relation \"t\" already exists, skipping")])
    }

    @Test func aFailingStatementLeavesNoTrace() throws {
        let database = Database()
        _ = try database.execute("create table t (a int not null)")
        #expect(throws: SQLError.self) { _ = try database.execute("insert into t values (1), (null)") }
        #expect(try database.execute("select count(*) from t").last?.rows == [[.bigint(0)]])
    }

    @Test func errorPositionsCountFromTheStartOfTheScript() throws {
        let database = Database()
        do {
            _ = try database.execute("select 1;\nselect x from y")
            Issue.record("no error")
        } catch {
            #expect(error.message == "relation \"y\" does not exist")
            #expect(error.position == 25)
        }
    }

    @Test func tableAttributesAreStoredAsDeclared() throws {
        let database = Database()
        _ = try database.execute("""
            create table sales (id bigint identity(1, 1) encode az64, customer int not null distkey,
              sold date sortkey, note varchar(40) default 'none' encode lzo, primary key (id))
            backup no compound sortkey (sold, customer)
            """)
        let table = try database.catalog.table(schema: "public", name: "sales").definition
        #expect(table.distKey == "customer")
        #expect(table.effectiveDistStyle == .key)
        #expect(table.sortKey == ["sold", "customer"])
        #expect(table.sortKeyStyle == .compound)
        #expect(!table.backup)
        #expect(table.columns.map(\.encoding) == ["az64", nil, nil, "lzo"])
        #expect(table.columns.map(\.notNull) == [true, true, false, false])
        #expect(table.columns[0].identity == IdentitySpec(seed: 1, step: 1, generatedByDefault: false))
        #expect(table.columns[3].defaultValue != nil)
        #expect(table.constraints.count == 1)
    }

    @Test func rollbackRestoresTheCatalogAndContents() throws {
        let database = Database()
        _ = try database.execute("create table t (a int); insert into t values (1)")
        _ = try database.execute("begin; insert into t values (2); create table u (b int); drop table t")
        #expect(database.isInTransaction)
        _ = try database.execute("rollback")
        #expect(!database.isInTransaction)
        #expect(try database.execute("select a from t").last?.rows == [[.integer(1)]])
        #expect(throws: SQLError.self) { _ = try database.execute("select * from u") }
    }

    @Test func changesAreFlaggedForStatementLogs() throws {
        let database = Database()
        let results = try database.execute("create table t (a int); select 1; set search_path to public; insert into t values (1)")
        #expect(results.map(\.changesDatabase) == [true, false, false, true])
    }

    @Test func endingASessionDropsTemporaryTablesRollsBackAndResetsSettings() throws {
        let database = Database()
        _ = try database.execute("create table kept (a int); create temp table gone (a int); set search_path to nowhere")
        _ = try database.execute("begin; insert into public.kept values (1)")
        database.endSession()
        #expect(!database.isInTransaction)
        #expect(try database.execute("select count(*) from kept").last?.rows == [[.bigint(0)]])
        #expect(throws: SQLError.self) { _ = try database.execute("select * from gone") }
    }
}
