import Foundation
import Testing

/// `lab sql` as a user runs it: psql's output formats, errors with their caret on stderr and
/// exit status 1, `-f` stopping at the first error, and a scratch database that persists.
@Suite struct SQLCommandTests {
    func workspace() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("e2e-sql-\(UUID().uuidString)", isDirectory: true)
    }

    @Test func commandsPrintTagsAndAlignedTables() throws {
        let ws = workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let result = try LabProcess.run([
            "sql", "--workspace", ws.path,
            "-c", "create table t (id int, name varchar(10), price decimal(6,2))",
            "-c", "insert into t values (1, 'apple', 1.5), (10, null, 20), (2, 'kiwi', 0.25)",
            "-c", "select id, name, price, price > 1 as dear from t order by id",
        ])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout == """
            CREATE TABLE
            INSERT 0 3
             id | name  | price | dear 
            ----+-------+-------+------
              1 | apple |  1.50 | t
              2 | kiwi  |  0.25 | f
             10 |       | 20.00 | t
            (3 rows)


            """)
    }

    @Test func theScratchDatabasePersistsBetweenRunsButRolledBackWorkDoesNot() throws {
        let ws = workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let setup = try LabProcess.run(["sql", "--workspace", ws.path, "--scratch", "-c", "create table kept (n int)",
                                        "-c", "insert into kept values (1), (2)"])
        #expect(setup.status == 0)
        let rolledBack = try LabProcess.run(["sql", "--workspace", ws.path],
                                            input: "begin;\ninsert into kept values (3);\nrollback;\nbegin;\ninsert into kept values (4);\n")
        #expect(rolledBack.status == 0)
        let count = try LabProcess.run(["sql", "--workspace", ws.path, "-t", "-c", "select sum(n) from kept"])
        #expect(count.stdout == "   3\n\n")
    }

    @Test func csvAndJsonFormats() throws {
        let ws = workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let query = "select 1 as n, 'a,b' as s, null as z, true as flag, 'say \"hi\"' as q"
        let csv = try LabProcess.run(["sql", "--workspace", ws.path, "--csv", "-c", query])
        #expect(csv.stdout == "n,s,z,flag,q\n1,\"a,b\",,t,\"say \"\"hi\"\"\"\n")
        let json = try LabProcess.run(["sql", "--workspace", ws.path, "--json", "-c", query])
        #expect(json.stdout == "[\n  {\"n\": 1, \"s\": \"a,b\", \"z\": null, \"flag\": true, \"q\": \"say \\\"hi\\\"\"}\n]\n")
    }

    @Test func anErrorGoesToStderrWithItsCaretAndFailsTheRun() throws {
        let ws = workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let result = try LabProcess.run(["sql", "--workspace", ws.path, "-c", "select 1 from missing_table"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            ERROR:  relation "missing_table" does not exist
            LINE 1: select 1 from missing_table
                                  ^

            """)
    }

    @Test func aDamagedDatabaseIsReportedByFileInPlainWords() throws {
        let ws = workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        #expect(try LabProcess.run(["sql", "--workspace", ws.path, "-c", "create table t (id int)"]).status == 0)
        let scratch = ws.appendingPathComponent("scratch")
        let catalog = try #require(try FileManager.default.contentsOfDirectory(atPath: scratch.path).first { $0.hasPrefix("catalog-") })
        try Data("damaged".utf8).write(to: scratch.appendingPathComponent(catalog))
        let result = try LabProcess.run(["sql", "--workspace", ws.path, "-c", "select 1"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot open the scratch database: database file \"\(catalog)\" is damaged"))
        #expect(!result.stderr.contains("SQLError("))
    }

    @Test func anErrorWithoutAPlaceHasNoCaret() throws {
        let ws = workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let result = try LabProcess.run(["sql", "--workspace", ws.path, "-c", "select 1", "-c", "select 1 / 0", "-c", "select 2"])
        #expect(result.status == 1)
        #expect(result.stdout == " ?column? \n----------\n        1\n(1 row)\n\n")
        #expect(result.stderr == "ERROR:  division by zero\n")
    }

    @Test func aScriptFileStopsAtItsFirstError() throws {
        let ws = workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        try FileManager.default.createDirectory(at: ws, withIntermediateDirectories: true)
        let script = ws.appendingPathComponent("script.sql")
        try "create table s (a int);\ninsert into s values (1);\nselect a +\n  'x' from s;\ninsert into s values (2);\n"
            .write(to: script, atomically: true, encoding: .utf8)
        let result = try LabProcess.run(["sql", "--workspace", ws.appendingPathComponent("w").path, "-f", script.path])
        #expect(result.status == 1)
        #expect(result.stdout == "CREATE TABLE\nINSERT 0 1\n")
        #expect(result.stderr.hasPrefix("lab:\(script.path):4: ERROR:  invalid input syntax for integer: \"x\""))
        let after = try LabProcess.run(["sql", "--workspace", ws.appendingPathComponent("w").path, "-t", "-c",
                                        "select count(*) from s"])
        #expect(after.stdout == "     1\n\n")
    }

    @Test func anUnknownClusterIsRefusedAsAnUnknownHost() throws {
        let ws = workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let result = try LabProcess.run(["sql", "--workspace", ws.path, "--cluster", "lab-cluster", "-c", "select 1"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(#"could not translate host name "lab-cluster" to address"#))
        #expect(result.stderr.contains("there is no cluster lab-cluster"))
    }
}

@Suite struct ClientCopyCommandTests {
    @Test func aLocalFileLoadsWholeOrNotAtAll() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let workspace = root.appendingPathComponent("ws").path
        let good = root.appendingPathComponent("good.csv")
        try Data("id,name\n1,\"Smith, Ann\"\n2,\n".utf8).write(to: good)
        let bad = root.appendingPathComponent("bad.csv")
        try Data("id,name\n3,c\nx,d\n".utf8).write(to: bad)
        let load = try LabProcess.run(["sql", "--workspace", workspace, "-c", "create table p (id integer, name varchar(20))",
                                       "-c", "\\copy p from '\(good.path)' with (format csv, header)",
                                       "-c", "select id, name from p order by id"])
        #expect(load.status == 0, "\(load.stderr)")
        #expect(load.stdout.contains("COPY 2\n"))
        #expect(load.stdout.contains("  1 | Smith, Ann"))
        let failed = try LabProcess.run(["sql", "--workspace", workspace, "-c", "\\copy p from '\(bad.path)' with (format csv, header)"])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("ERROR:  invalid input syntax for integer: \"x\""))
        let count = try LabProcess.run(["sql", "--workspace", workspace, "-t", "-c", "select count(*) from p"])
        #expect(count.stdout.contains("2"))
        let missing = try LabProcess.run(["sql", "--workspace", workspace, "-c", "\\copy p from '/nonexistent.csv'"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent.csv: No such file or directory"))
    }

    @Test func scriptsRunCopyAndTimingLinesAsPsqlDoes() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-script-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appendingPathComponent("rows.txt")
        try Data("1|a\n2|b\n3|c\n".utf8).write(to: data)
        let script = root.appendingPathComponent("load.sql")
        try Data("""
            create table r (id int, tag varchar(3));
            \\copy r from '\(data.path)' with (delimiter '|')
            \\timing on
            select count(*) from r;
            \\timing off
            select max(tag) from r;
            \\timing sometimes
            select 1;
            """.utf8).write(to: script)
        let result = try LabProcess.run(["sql", "--workspace", root.appendingPathComponent("ws").path, "-t", "-f", script.path])
        #expect(result.status == 1, "an unknown \\timing value stops the script")
        #expect(result.stderr.contains("\\timing: unrecognized value \"sometimes\": Boolean expected"))
        let lines = result.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.starts(with: ["CREATE TABLE", "COPY 3", "Timing is on.", "3"]))
        #expect(lines.count == 7)
        #expect(lines[4].hasPrefix("Time: ") && lines[4].hasSuffix(" ms"))
        #expect(Array(lines[5...]) == ["Timing is off.", "c"])
    }
}
