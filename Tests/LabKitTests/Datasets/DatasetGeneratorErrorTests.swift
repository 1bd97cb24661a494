import Foundation
import Testing
@testable import LabKit

@Suite struct DatasetGeneratorErrorTests {
    @Test(arguments: ["0", "-1", "abc", "1e3", "0.001", "1000.5", "", "1.2.3", " "])
    func badScalesAreRefused(_ text: String) {
        #expect(throws: DatasetError.invalidScale(text)) { try DatasetScale(parsing: text) }
    }

    @Test func goodScalesParse() throws {
        #expect(try DatasetScale(parsing: "0.01").value == 0.01)
        #expect(try DatasetScale(parsing: "1000").value == 1000)
        #expect(try DatasetScale(parsing: "2.5").sales == 250_000)
    }

    @Test func aNonEmptyFolderIsRefusedAndLeftAlone() throws {
        let directory = TemporaryDirectory()
        try Data("keep".utf8).write(to: directory.path("notes.txt"))
        let generator = DatasetGenerator(scale: try DatasetScale(parsing: "0.01"), seed: 1)
        #expect(throws: DatasetError.notEmpty(directory.url.path)) { try generator.generate(into: directory.url) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["notes.txt"])
        #expect("\(DatasetError.notEmpty("/x"))".contains("--force"))
    }

    @Test func replacingSwapsTheGeneratedFoldersAndKeepsOtherFiles() throws {
        let directory = TemporaryDirectory()
        try Data("keep".utf8).write(to: directory.path("notes.txt"))
        try FileManager.default.createDirectory(at: directory.path("sales"), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: directory.path("sales/sales_1999_01.csv"))
        let manifest = try DatasetGenerator(scale: try DatasetScale(parsing: "0.01"), seed: 1)
            .generate(into: directory.url, replacing: true)
        let entries = Set(try FileManager.default.contentsOfDirectory(atPath: directory.url.path))
        #expect(entries == Set(DatasetGenerator.outputs + ["notes.txt"]))
        #expect(!FileManager.default.fileExists(atPath: directory.path("sales/sales_1999_01.csv").path))
        #expect(manifest.sales.sales == 1_000)
    }

    @Test func aFolderBelowAFileIsNotADirectory() throws {
        let directory = TemporaryDirectory()
        let file = directory.path("plain.txt")
        try Data("x".utf8).write(to: file)
        let generator = DatasetGenerator(scale: try DatasetScale(parsing: "0.01"), seed: 1)
        #expect(throws: DatasetError.notADirectory(file.path)) {
            try generator.generate(into: file.appendingPathComponent("out"))
        }
        #expect(throws: DatasetError.notADirectory(file.path)) { try generator.generate(into: file) }
    }

    @Test func aNewFolderIsCreatedAndNoStagingIsLeft() throws {
        let directory = TemporaryDirectory()
        let target = directory.path("a/b/data")
        try DatasetGenerator(scale: try DatasetScale(parsing: "0.01"), seed: 3).generate(into: target)
        let entries = Set(try FileManager.default.contentsOfDirectory(atPath: target.path))
        #expect(entries == Set(DatasetGenerator.outputs))
    }
}
