import Foundation
import Testing
@testable import LabKit

@Suite struct DatasetDeterminismTests {
    @Test func theSameScaleAndSeedGiveByteIdenticalFiles() throws {
        let first = try GeneratedDataset(), second = try GeneratedDataset()
        let files = try first.allFiles()
        #expect(files == (try second.allFiles()))
        #expect(files.count > 20)
        for path in files {
            #expect(try Data(contentsOf: first.url(path)) == Data(contentsOf: second.url(path)), "\(path) differs")
        }
    }

    @Test func anotherSeedGivesOtherDataWithTheSameCounts() throws {
        let first = try GeneratedDataset(seed: 1), second = try GeneratedDataset(seed: 2)
        #expect(try first.text("sales/sales_2025_03.csv") != second.text("sales/sales_2025_03.csv"))
        #expect(first.manifest.sales.faults == second.manifest.sales.faults)
        #expect(first.manifest.customers.faults == second.manifest.customers.faults)
        #expect(first.manifest.seed == 1)
    }

    @Test func theManifestListsEveryFileWithItsSize() throws {
        let dataset = try GeneratedDataset()
        let onDisk = try dataset.allFiles().filter { $0 != DatasetManifest.fileName }
        #expect(dataset.manifest.files.map(\.path) == onDisk)
        for file in dataset.manifest.files {
            let size = try FileManager.default.attributesOfItem(atPath: dataset.url(file.path).path)[.size] as? Int
            #expect(size == file.bytes, "\(file.path)")
        }
        #expect(try DatasetManifest.read(from: dataset.root) == dataset.manifest)
    }

    @Test func countsFollowTheScaleFormulas() throws {
        let scale = try DatasetScale(parsing: "1")
        #expect(scale.sales == 100_000)
        let sales: [Int] = [scale.duplicateSales, scale.malformedDates, scale.badNumbers, scale.orphanCustomerIds,
                            scale.nullCustomerIds]
        #expect(sales == [500, 100, 150, 200, 100])
        let customers: [Int] = [scale.customers, scale.messyNames, scale.messyEmails, scale.messyStates]
        #expect(customers == [5_000, 150, 100, 100])
        #expect(try DatasetScale(parsing: "100").sales == 10_000_000)
        #expect(try DatasetScale(parsing: "0.1").sales == 10_000)
    }
}
