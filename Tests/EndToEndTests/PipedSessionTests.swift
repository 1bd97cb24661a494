import Foundation
import Testing

@Suite struct PipedSessionTests {
    func workspace() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("e2e-\(UUID().uuidString)", isDirectory: true)
    }

    @Test func versionAndHelp() throws {
        let version = try LabProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
        let help = try LabProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: lab"))
        #expect(help.stdout.contains("--workspace <dir>"))
    }

    @Test func aPipedScriptPrintsNoPromptsAndCreatesTheWorkspace() throws {
        let ws = workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let result = try LabProcess.run(["--workspace", ws.path], input: "help\n\\?\n\\q\n")
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(!result.stdout.contains("lab=>"))
        #expect(result.stdout.hasPrefix("Redshift Lab REPL."))
        #expect(result.stdout.contains("\\r          reset (clear) the query buffer"))
        let names = try FileManager.default.contentsOfDirectory(atPath: ws.path).sorted()
        #expect(names.contains("workspace.json"))
        #expect(names.contains("progress.sqlite"))
    }

    @Test func aFailingCommandIsReportedOnStderrAndFailsTheRun() throws {
        let ws = workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let result = try LabProcess.run(["--workspace", ws.path], input: "select 1\n  + nope;\nhelp\n")
        #expect(result.status == 1)
        #expect(result.stderr == "ERROR:  column \"nope\" does not exist\nLINE 2:   + nope\n            ^\n")
        #expect(result.stdout.hasPrefix("Redshift Lab REPL."))
    }

    @Test func labHomeChoosesTheWorkspace() throws {
        let ws = workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let result = try LabProcess.run([], input: "\\q\n", environment: ["LAB_HOME": ws.path])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: ws.appendingPathComponent("workspace.json").path))
    }

    @Test func aDirectoryThatIsNotAWorkspaceIsRefusedAndLeftAlone() throws {
        let dir = workspace()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("keep me".utf8).write(to: dir.appendingPathComponent("notes.txt"))
        let result = try LabProcess.run(["--workspace", dir.path], input: "help\n")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("is not a Redshift Lab workspace"))
        #expect(!result.stderr.contains("Usage"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["notes.txt"])
    }

    @Test func aForeignProgressFileIsRefused() throws {
        let ws = workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        #expect(try LabProcess.run(["--workspace", ws.path], input: "").status == 0)
        let progress = ws.appendingPathComponent("progress.sqlite")
        try FileManager.default.removeItem(at: progress)
        try Data("this is not sqlite at all, just text that fills a header....................................".utf8)
            .write(to: progress)
        let result = try LabProcess.run(["--workspace", ws.path], input: "help\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not a SQLite database"))
    }
}
