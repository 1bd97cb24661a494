import Foundation
import Testing
import Warehouse
@testable import LabKit

@Suite struct StoredDatabaseTests {
    @Test func aCopyIsStoredAndARolledBackOneIsNot() throws {
        let root = TemporaryDirectory()
        let first = try StoredDatabase.scratch(workspaceRoot: root.url)
        _ = try first.execute("create table t (id int, name varchar(10))")
        let copy = try ClientCopy.parse("t from 'x.txt' with (delimiter '|', null '')").get()
        #expect(try first.copy(copy, from: .bytes(Data("1|a\n2|\n".utf8))) == 2)
        _ = try first.execute("begin")
        _ = try first.copy(copy, from: .bytes(Data("3|c\n".utf8)))
        _ = try first.execute("rollback")
        _ = try first.execute("insert into t values (4, 'd')")

        let reopened = try StoredDatabase.scratch(workspaceRoot: root.url)
        let rows = try reopened.execute("select id, name from t order by id")[0].rows
        #expect(rows.map { $0.map(\.text) } == [["1", "a"], ["2", ""], ["4", "d"]])
        #expect(rows[1][1].isNull)
        // The loaded rows are stored, not the file they came from.
        let files = try FileManager.default.contentsOfDirectory(atPath: root.url.appendingPathComponent("scratch").path)
        #expect(!files.contains { $0.hasPrefix("copy-") || $0 == "statements.sql" })
    }

    @Test func aStatementLogWorkspaceIsRefusedWithAClearMessage() throws {
        let root = TemporaryDirectory()
        let scratch = root.url.appendingPathComponent("scratch")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try Data("create table t (n int);\n".utf8).write(to: scratch.appendingPathComponent("statements.sql"))
        let error = #expect(throws: SQLError.self) { try StoredDatabase.scratch(workspaceRoot: root.url) }
        #expect(error?.message.contains("lab reset") == true)
    }
}
