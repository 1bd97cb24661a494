@testable import Warehouse

/// A small TICKIT-shaped schema with real rows on the scratch cluster (2 nodes, 4 slices):
/// SALES and LISTING collocated on listid and sorted on it, EVENT keyed on eventid, CATEGORY
/// on every node, and two EVEN tables of different sizes.
enum ExplainFixture {
    static func database(analyze: Bool = true) throws -> Database {
        let database = Database()
        _ = try database.execute("""
            create table listing (listid int, sellerid int, price decimal(8,2)) distkey(listid) sortkey(listid);
            create table sales (salesid int, listid int, eventid int, qty int) distkey(listid) sortkey(listid);
            create table event (eventid int, catid int, eventname varchar(50)) distkey(eventid);
            create table category (catid int, catname varchar(20)) diststyle all;
            create table evenbig (a int, b int) diststyle even;
            create table evenmid (a int, b int) diststyle even;
            create table evensmall (a int, b int) diststyle even;
            """)
        try insert(database, "listing", count: 100) { "(\($0), \($0 % 5), \($0).25)" }
        try insert(database, "sales", count: 300) { "(\($0), \($0 % 100 + 1), \($0 % 20 + 1), \($0 % 4))" }
        try insert(database, "event", count: 20) { "(\($0), \($0 % 10 + 1), 'event \($0 % 4)')" }
        try insert(database, "category", count: 10) { "(\($0), 'cat \($0)')" }
        try insert(database, "evenbig", count: 300) { "(\($0), \($0 % 30))" }
        try insert(database, "evenmid", count: 200) { "(\($0), \($0 % 30))" }
        try insert(database, "evensmall", count: 2) { "(\($0), \($0))" }
        if analyze { _ = try database.execute("analyze") }
        return database
    }

    static func insert(_ database: Database, _ table: String, count: Int, row: (Int) -> String) throws {
        _ = try database.execute("insert into \(table) values " + (1...count).map(row).joined(separator: ", "))
    }

    /// The plan lines of `EXPLAIN query`.
    static func plan(_ database: Database, _ query: String) throws -> [String] {
        try database.execute("explain " + query).last?.rows.map { row in
            if case .string(let line) = row[0] { return line }
            return ""
        } ?? []
    }

    /// The first operator line naming a join.
    static func joinLine(_ database: Database, _ query: String) throws -> String {
        try plan(database, query).first { $0.contains("Join") || $0.contains("Nested Loop") } ?? ""
    }
}
