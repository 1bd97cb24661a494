import Foundation
import Testing

/// The scratch database across `lab sql` runs: each run is a session, so temporary tables and
/// settings end with it, while what the session built in permanent tables stays.
@Suite struct SQLScratchSessionTests {
    @Test func temporaryTablesAndSettingsLastOneSessionButWhatTheyBuiltStays() throws {
        let ws = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-sql-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: ws) }
        let first = try LabProcess.run(["sql", "--workspace", ws.path], input: """
            create schema staging; set search_path to staging; create table kept (n int);
            create temp table scratchpad (n int); insert into scratchpad values (7); insert into kept select n from scratchpad;
            """)
        #expect(first.status == 0)
        let second = try LabProcess.run(["sql", "--workspace", ws.path, "-t", "-c", "select n from staging.kept",
                                         "-c", "show search_path"])
        #expect(second.stdout == " 7\n\n $user, public\n\n")
        let third = try LabProcess.run(["sql", "--workspace", ws.path, "-c", "select * from scratchpad"])
        #expect(third.status == 1)
        #expect(third.stderr.hasPrefix("ERROR:  relation \"scratchpad\" does not exist"))
    }
}
