import Foundation
import Testing
import Warehouse
@testable import LabKit

@Suite struct ScratchDatabaseCopyTests {
    @Test func aCopyIsReplayedFromTheKeptFileAndARolledBackOneIsNot() throws {
        let root = TemporaryDirectory()
        let first = try LoggedDatabase.scratch(workspaceRoot: root.url)
        _ = try first.execute("create table t (id int, name varchar(10))")
        let copy = try ClientCopy.parse("t from 'x.txt' with (delimiter '|', null '')").get()
        #expect(try first.copy(copy, from: Data("1|a\n2|\n".utf8)) == 2)
        _ = try first.execute("begin")
        _ = try first.copy(copy, from: Data("3|c\n".utf8))
        _ = try first.execute("rollback")
        _ = try first.execute("insert into t values (4, 'd')")

        let reopened = try LoggedDatabase.scratch(workspaceRoot: root.url)
        let rows = try reopened.execute("select id, name from t order by id")[0].rows
        #expect(rows.map { $0.map(\.text) } == [["1", "a"], ["2", ""], ["4", "d"]])
        #expect(rows[1][1].isNull)
    }
}
