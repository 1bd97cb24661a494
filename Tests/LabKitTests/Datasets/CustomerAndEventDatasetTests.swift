import Foundation
import Testing
@testable import LabKit

@Suite struct CustomerAndEventDatasetTests {
    @Test func customersAreJSONLinesWithNestedObjectsAndCountedMessyFields() throws {
        let dataset = try GeneratedDataset(scale: "0.1")
        #expect(dataset.manifest.customers.files == ["customers/customers_0001.jsonl"])
        let records = try dataset.jsonLines("customers/customers_0001.jsonl")
        #expect(records.count == 500)
        #expect(records.compactMap { $0["customer_id"] as? Int } == Array(1...500))
        var names = 0, emails = 0, states = 0
        for record in records {
            let address = try #require(record["address"] as? [String: Any])
            let contact = try #require(record["contact"] as? [String: Any])
            let name = try #require(record["customer_name"] as? String)
            let email = try #require(contact["email"] as? String)
            let state = try #require(address["state"] as? String)
            let words = name.split(separator: " ", omittingEmptySubsequences: false)
            let tidy = words.count == 2 && words.allSatisfy { $0.first?.isUppercase == true && $0.dropFirst().allSatisfy(\.isLowercase) }
            if !tidy { names += 1 }
            if email != email.trimmingCharacters(in: .whitespaces).lowercased() { emails += 1 }
            if state != state.trimmingCharacters(in: .whitespaces).uppercased() { states += 1 }
            let place = GeographySource.place(try #require(record["geography_id"] as? Int))
            #expect(address["city"] as? String == place.city)
        }
        let faults = dataset.manifest.customers.faults
        let found: [Int] = [names, emails, states]
        #expect(found == [faults.messyNames, faults.messyEmails, faults.messyStates])
        #expect(found == [15, 10, 10])
    }

    @Test func customerPagesHoldTwoThousandRecords() throws {
        let directory = TemporaryDirectory()
        let (summary, files) = try CustomerSource(seed: 1).write(count: 4_100, scale: DatasetScale(parsing: "0.01"),
                                                                seed: 1, to: directory.url)
        #expect(summary.files == ["customers/customers_0001.jsonl", "customers/customers_0002.jsonl", "customers/customers_0003.jsonl"])
        #expect(files.map(\.records) == [2_000, 2_000, 100])
    }

    @Test func eventsLieInHiveStylePartitionsOfTheirHour() throws {
        let dataset = try GeneratedDataset()
        let eventFiles = try dataset.allFiles().filter { $0.hasPrefix("events/") }
        #expect(eventFiles.count == dataset.manifest.events.files)
        let pattern = /events\/dt=(2025-12-0[1-3])\/hour=([0-2][0-9])\/batch_[0-9]{4}\.json/
        var partitions = Set<String>(), events = 0, anonymous = 0
        for path in eventFiles {
            let match = try #require(try pattern.wholeMatch(in: path), "\(path)")
            partitions.insert("dt=\(match.1)/hour=\(match.2)")
            for event in try dataset.jsonLines(path) {
                events += 1
                let time = try #require(event["event_time"] as? String)
                #expect(time.hasPrefix("\(match.1)T\(match.2):"), "\(time) is outside \(path)")
                #expect(event["device"] is [String: Any])
                if event["customer_id"] is NSNull { anonymous += 1 }
            }
        }
        #expect(partitions == Set(dataset.manifest.events.partitions))
        #expect(partitions.count == 72)
        #expect(events == dataset.manifest.events.events)
        #expect(anonymous == dataset.manifest.events.anonymousEvents)
    }

    @Test func geographyIsASmallWellFormedCSV() throws {
        let dataset = try GeneratedDataset()
        let lines = try dataset.lines(GeographySource.path)
        #expect(lines[0] == "geography_id,city,state,postal_code,country,region")
        #expect(lines.count - 1 == dataset.manifest.geography.rows)
        for (index, line) in lines.dropFirst().enumerated() {
            let fields = csvFields(line)
            #expect(fields.count == 6 && fields[0] == String(index + 1) && fields[2].count == 2)
            #expect(fields[5].count <= 20, "region fits dim_geography.region VARCHAR(20)")
        }
    }
}
