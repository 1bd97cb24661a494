import Foundation
import Testing
@testable import LabKit

/// Reads the sales files back as a loader would and finds every planted fault on its own, then
/// compares with what the manifest promises.
@Suite struct SalesDatasetTests {
    @Test func everyPlantedFaultIsFoundAndCountedInTheManifest() throws {
        let dataset = try GeneratedDataset(scale: "0.02", seed: 42)
        let customerIDs = Set(try dataset.manifest.customers.files.flatMap(dataset.jsonLines).compactMap { $0["customer_id"] as? Int })
        var total = DatasetManifest.SalesFaults()
        var saleIDs = Set<String>()
        for file in dataset.manifest.sales.files {
            let lines = try dataset.lines(file.path)
            #expect(lines.first == SalesSource.header)
            var found = DatasetManifest.SalesFaults(), seen = Set<String>()
            for line in lines.dropFirst() {
                let fields = csvFields(line)
                #expect(fields.count == 11, "\(file.path): \(line)")
                guard fields.count == 11 else { continue }
                if !seen.insert(line).inserted {
                    found.duplicateRows += 1
                    continue
                }
                #expect(saleIDs.insert(fields[0]).inserted, "sale_id \(fields[0]) repeats on a line that is not a copy")
                if !isValidTimestamp(fields[1]) { found.malformedDates += 1 }
                if fields[2].isEmpty {
                    found.nullCustomerIds += 1
                } else if let id = Int(fields[2]), !customerIDs.contains(id) {
                    found.orphanCustomerIds += 1
                }
                if !fields[5...8].allSatisfy(isPlainNumber) { found.badNumbers += 1 }
            }
            #expect(found == file.faults, "\(file.path)")
            #expect(lines.count - 1 == file.dataLines)
            total.add(found)
        }
        #expect(total == dataset.manifest.sales.faults)
        #expect(saleIDs.count == dataset.manifest.sales.sales)
        #expect(total.duplicateRows == 10 && total.malformedDates == 2 && total.badNumbers == 3)
        #expect(total.orphanCustomerIds == 4 && total.nullCustomerIds == 2)
    }

    @Test func cleanRowsAddUp() throws {
        let dataset = try GeneratedDataset()
        for line in try dataset.lines("sales/sales_2025_06.csv").dropFirst() {
            let fields = csvFields(line)
            guard fields[5...8].allSatisfy(isPlainNumber), let quantity = Int(fields[5]) else { continue }
            let cents = fields[6...8].map { Int(($0.replacingOccurrences(of: ".", with: ""))) ?? -1 }
            #expect(cents[0] * quantity - cents[1] == cents[2], "\(line)")
            #expect(SalesSource.channels.contains(fields[9]))
            if isValidTimestamp(fields[1]) { #expect(fields[1].hasPrefix("2025-06-")) }
        }
    }

    @Test func strayFilesSitBesideTheMonthlyFiles() throws {
        let dataset = try GeneratedDataset()
        let files = try dataset.allFiles().filter { $0.hasPrefix("sales/") }
        #expect(files.count == 15)
        #expect(Set(dataset.manifest.sales.strayFiles) == ["sales/_SUCCESS", "sales/readme.txt", "sales/sales_2024_backup.csv.old"])
        #expect(try dataset.text("sales/_SUCCESS").isEmpty)
        let backup = try dataset.lines("sales/sales_2024_backup.csv.old")
        #expect(csvFields(backup[0]).count == 8, "the backup has the old eight-column layout")
        #expect(backup.count - 1 == 10)
        #expect(dataset.manifest.sales.files.map(\.path) == (1...12).map { "sales/sales_2025_\(String($0).leftPadded(2)).csv" })
    }
}
