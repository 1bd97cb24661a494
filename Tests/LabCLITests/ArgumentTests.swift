import ArgumentParser
import Foundation
import Testing
@testable import LabCLI

@Suite struct ArgumentTests {
    @Test func workspaceOptionIsParsed() throws {
        let lab = try Lab.parse(["--workspace", "/tmp/ws"])
        #expect(lab.global.workspace == "/tmp/ws")
        #expect(try Lab.parse([]).global.workspace == nil)
    }

    @Test func unknownOptionsAreRejected() {
        #expect(throws: (any Error).self) { try Lab.parse(["--frobnicate"]) }
        #expect(throws: (any Error).self) { try Lab.parse(["--workspace"]) }
    }

    @Test func helpNamesTheWorkspaceAndItsDefault() {
        let help = Lab.helpMessage()
        #expect(help.contains("--workspace <dir>"))
        #expect(help.contains("$LAB_HOME"))
        #expect(help.contains("~/.redshift-lab"))
    }

    @Test func sessionRefusesAForeignDirectoryWithItsReason() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("labcli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("x".utf8).write(to: dir.appendingPathComponent("thesis.tex"))
        let options = try GlobalOptions.parse(["--workspace", dir.path])
        #expect {
            try LabSession.open(options, environment: [:])
        } throws: { error in
            (error as? LabFailure)?.description.contains("not a Redshift Lab workspace") == true
        }
    }

    @Test func sessionUsesLabHomeWhenNoOptionIsGiven() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("labcli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let session = try LabSession.open(GlobalOptions.parse([]), environment: ["LAB_HOME": dir.path, "HOME": "/nonexistent"])
        #expect(session.workspace.root.path == dir.path)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("progress.sqlite").path))
    }
}
