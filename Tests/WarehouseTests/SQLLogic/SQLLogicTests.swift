import Foundation
import Testing

/// Every `.test` file in `scripts/`, run as sqllogictest scripts against a fresh database.
@Suite struct SQLLogicTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("scripts")

    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".test") }.sorted()
    }()

    @Test func filesArePresent() {
        #expect(Self.files.count >= 5)
    }

    @Test(arguments: files)
    func file(_ name: String) throws {
        let text = try String(contentsOf: Self.directory.appendingPathComponent(name), encoding: .utf8)
        let records = try SQLLogicRecord.parse(text)
        #expect(!records.isEmpty)
        for failure in SQLLogicRunner().run(records) {
            Issue.record("\(name) \(failure)")
        }
    }
}
