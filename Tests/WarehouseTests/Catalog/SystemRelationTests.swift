import Testing
@testable import Warehouse

/// System relations resolve by name (unqualified or in pg_catalog), are computed when scanned,
/// and take part in queries like any table.
@Suite struct SystemRelationTests {
    @Test func resolvedUnqualifiedAndInPgCatalogAndComputedAtScanTime() throws {
        let database = Database()
        database.loadHistory.record(errors: [LoadErrorRecord(userID: 100, slice: 1, tableID: 7, startTime: 0, session: 9, query: 3,
                                                             filename: "s3://b/k", lineNumber: 4, columnName: "c", type: "int4",
                                                             columnLength: "0", position: 0, rawLine: "x", rawFieldValue: "x",
                                                             errorCode: 1207, reason: "Invalid digit")], commits: [])
        let rows = try database.execute("""
            select e.query, trim(e.filename), t.n from stl_load_errors e
            join (select 3 as q, 'three' as n) t on t.q = e.query where e.err_code = 1207
            """).last?.rows
        #expect(rows == [[.integer(3), .string("s3://b/k"), .string("three")]])
        #expect(try database.execute("select count(*) from pg_catalog.stl_load_commits").last?.rows == [[.bigint(0)]])
        #expect(throws: SQLError.self) { try database.execute("select * from public.stl_load_errors") }
        _ = try database.execute("create table public.stl_load_errors (n int)")
        #expect(try database.execute("select count(*) from public.stl_load_errors").last?.rows == [[.bigint(0)]])
        #expect(try database.execute("select count(*) from stl_load_errors").last?.rows == [[.bigint(1)]])
    }

    @Test func everySystemRelationNamesItsColumnsOnce() throws {
        for relation in SystemRelations.all {
            #expect(Set(relation.columns.map(\.name)).count == relation.columns.count, "\(relation.name)")
            let columns = try relation.rows(in: SystemState(catalog: Catalog()))
            #expect(columns.count == relation.columns.count)
            #expect(zip(columns, relation.columns).allSatisfy { $0.type == $1.type })
        }
    }
}
