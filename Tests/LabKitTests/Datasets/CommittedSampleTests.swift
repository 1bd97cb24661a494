import Foundation
import Testing
@testable import LabKit

/// `datasets/sample/` is the generator's scale-0.1, seed-42 output, committed for the labs. If the
/// generator changes, this test fails until the sample is regenerated (see datasets/README.md),
/// so the counts the README and the lab checks rely on never drift from the files.
@Suite struct CommittedSampleTests {
    static let sample = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("datasets/sample", isDirectory: true)

    @Test func theCommittedSampleIsTheGeneratorsOutput() throws {
        let fresh = try GeneratedDataset(scale: "0.1", seed: 42)
        let committed = try DatasetManifest.read(from: Self.sample)
        #expect(committed == fresh.manifest)
        for file in fresh.manifest.files {
            #expect(try Data(contentsOf: Self.sample.appendingPathComponent(file.path)) == Data(contentsOf: fresh.url(file.path)),
                    "\(file.path) differs: regenerate with lab datasets generate --scale 0.1 --seed 42 --out datasets/sample --force")
        }
        #expect(committed.sales.faults.duplicateRows == 50 && committed.sales.faults.malformedDates == 10)
    }
}
