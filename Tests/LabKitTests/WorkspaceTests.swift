import Foundation
import Testing
@testable import LabKit

@Suite struct WorkspaceTests {
    @Test func createsAMissingDirectoryWithAFormatMarker() throws {
        let tmp = TemporaryDirectory()
        let root = tmp.path("new/nested")
        let workspace = try Workspace.open(at: root, createdBy: "lab test")
        #expect(workspace.manifest.format == Workspace.formatVersion)
        #expect(workspace.manifest.createdBy == "lab test")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("workspace.json").path))
    }

    @Test func adoptsAnEmptyDirectoryAndReopensIt() throws {
        let tmp = TemporaryDirectory()
        let first = try Workspace.open(at: tmp.url, createdBy: "lab 1")
        let again = try Workspace.open(at: tmp.url, createdBy: "lab 2")
        #expect(again.manifest == first.manifest)
    }

    @Test func refusesANonEmptyDirectoryThatIsNotAWorkspaceAndLeavesItAlone() throws {
        let tmp = TemporaryDirectory()
        try Data("notes".utf8).write(to: tmp.path("notes.txt"))
        #expect(throws: WorkspaceError.notAWorkspace(tmp.url.path)) {
            try Workspace.open(at: tmp.url, createdBy: "lab")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.url.path) == ["notes.txt"])
    }

    @Test func refusesAWorkspaceFromANewerFormat() throws {
        let tmp = TemporaryDirectory()
        let marker = #"{"format": 99, "createdBy": "lab 9", "created": "2030-01-01T00:00:00Z"}"#
        try Data(marker.utf8).write(to: tmp.path("workspace.json"))
        #expect(throws: WorkspaceError.newerFormat(tmp.url.path, found: 99, supported: Workspace.formatVersion)) {
            try Workspace.open(at: tmp.url, createdBy: "lab")
        }
        #expect(try String(contentsOf: tmp.path("workspace.json"), encoding: .utf8) == marker)
    }

    @Test(arguments: ["not json", #"{"format": "one"}"#, #"{"format": 0, "createdBy": "x", "created": "2030-01-01T00:00:00Z"}"#])
    func refusesADamagedMarker(_ content: String) throws {
        let tmp = TemporaryDirectory()
        try Data(content.utf8).write(to: tmp.path("workspace.json"))
        #expect(throws: WorkspaceError.damagedMarker(tmp.url.path)) {
            try Workspace.open(at: tmp.url, createdBy: "lab")
        }
    }

    @Test func refusesAFile() throws {
        let tmp = TemporaryDirectory()
        let file = tmp.path("plain")
        try Data().write(to: file)
        #expect(throws: WorkspaceError.notADirectory(file.path)) {
            try Workspace.open(at: file, createdBy: "lab")
        }
    }

    @Test func errorsSayWhatHappenedAndThatNothingWasTouched() {
        let text = WorkspaceError.notAWorkspace("/x").description
        #expect(text.contains("/x is not a Redshift Lab workspace"))
        #expect(text.contains("left untouched"))
        #expect(WorkspaceError.newerFormat("/x", found: 3, supported: 1).description.contains("format 3"))
    }
}

@Suite struct WorkspaceLocationTests {
    let home = "/home/learner"

    @Test func optionWinsOverEnvironment() {
        let url = WorkspaceLocation.resolve(option: "/tmp/ws", environment: ["LAB_HOME": "/env"], home: home)
        #expect(url.path == "/tmp/ws")
    }

    @Test func environmentWinsOverDefault() {
        #expect(WorkspaceLocation.resolve(option: nil, environment: ["LAB_HOME": "/env/ws"], home: home).path == "/env/ws")
    }

    @Test func emptyValuesFallThrough() {
        let url = WorkspaceLocation.resolve(option: "", environment: ["LAB_HOME": ""], home: home)
        #expect(url.path == "/home/learner/.redshift-lab")
    }

    @Test func tildeExpandsToHome() {
        #expect(WorkspaceLocation.resolve(option: "~/labs", environment: [:], home: home).path == "/home/learner/labs")
    }

    @Test func relativePathsStayRelativeToTheCurrentDirectory() {
        let url = WorkspaceLocation.resolve(option: "ws", environment: [:], home: home)
        #expect(url.path == FileManager.default.currentDirectoryPath + "/ws")
    }
}
