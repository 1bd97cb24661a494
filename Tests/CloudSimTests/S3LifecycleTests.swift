@testable import CloudSim
import Foundation
import Testing

/// Lifecycle rules acting as world time passes, on a manual clock starting 2026-01-01T00:00:00Z.
@Suite struct S3LifecycleTests {
    private let archiveRaw = #"{"Rules":[{"ID":"archive-raw","Filter":{"Prefix":"raw/"},"Status":"Enabled","Transitions":[{"Days":30,"StorageClass":"STANDARD_IA"},{"Days":90,"StorageClass":"GLACIER"}],"Expiration":{"Days":365}}]}"#

    private func world(objectSize: Int, minimumSize: String? = nil) throws -> TestWorld {
        let world = try TestWorld()
        _ = try world.json("s3api create-bucket --bucket lake")
        try world.file("big", String(repeating: "x", count: objectSize))
        world.clock.advance(by: 3_600)
        _ = try world.json("s3api put-object --bucket lake --key raw/sales.csv --body big")
        _ = try world.json("s3api put-object --bucket lake --key processed/sales.csv --body big")
        let option = minimumSize.map { " --transition-default-minimum-object-size \($0)" } ?? ""
        _ = try world.json("s3api put-bucket-lifecycle-configuration --bucket lake --lifecycle-configuration '\(archiveRaw)'\(option)")
        return world
    }

    private func storageClass(_ world: TestWorld, _ key: String) throws -> String? {
        let head = try world.json("s3api head-object --bucket lake --key \(key)")
        return head["StorageClass"]?.stringValue ?? "STANDARD"
    }

    @Test func objectsMoveDownAndExpireAtMidnightAfterTheirDays() throws {
        let world = try world(objectSize: 200 * 1024)
        // Created 2026-01-01T01:00Z: 30 days reach 2026-01-31T01:00Z, due at the next midnight.
        try world.world.advance(by: 30 * 86_400)
        #expect(try storageClass(world, "raw/sales.csv") == "STANDARD")
        try world.world.advance(by: 23 * 3_600 - 1)
        #expect(try storageClass(world, "raw/sales.csv") == "STANDARD")
        try world.world.advance(by: 1)
        #expect(try storageClass(world, "raw/sales.csv") == "STANDARD_IA")
        #expect(try storageClass(world, "processed/sales.csv") == "STANDARD")
        try world.world.advance(by: 60 * 86_400)
        #expect(try storageClass(world, "raw/sales.csv") == "GLACIER")
        let get = try world.aws("s3api get-object --bucket lake --key raw/sales.csv out")
        #expect(get.errorLine.hasPrefix("An error occurred (InvalidObjectState)"))
        try world.world.advance(by: 275 * 86_400)
        #expect(try world.aws("s3api head-object --bucket lake --key raw/sales.csv").errorLine.contains("(404)"))
        #expect(try storageClass(world, "processed/sales.csv") == "STANDARD")
        #expect(try world.bodyFiles().count == 1)
    }

    @Test func aLongJumpGoesStraightToTheColdestDueClass() throws {
        let world = try world(objectSize: 200 * 1024)
        try world.world.advance(by: 100 * 86_400)
        #expect(try storageClass(world, "raw/sales.csv") == "GLACIER")
    }

    @Test func smallObjectsStayUnlessTheMinimumSizeAllowsGlacier() throws {
        let small = try world(objectSize: 10)
        try small.world.advance(by: 100 * 86_400)
        #expect(try storageClass(small, "raw/sales.csv") == "STANDARD")
        let varies = try world(objectSize: 10, minimumSize: "varies_by_storage_class")
        try varies.world.advance(by: 40 * 86_400)
        #expect(try storageClass(varies, "raw/sales.csv") == "STANDARD")
        try varies.world.advance(by: 60 * 86_400)
        #expect(try storageClass(varies, "raw/sales.csv") == "GLACIER")
    }

    @Test func restoringAnArchivedObjectMakesATemporaryReadableCopy() throws {
        let world = try world(objectSize: 200 * 1024)
        try world.world.advance(by: 100 * 86_400)
        let restore = #"s3api restore-object --bucket lake --key raw/sales.csv --restore-request '{"Days":2,"GlacierJobParameters":{"Tier":"Standard"}}'"#
        #expect(try world.aws(restore) == CLIResult())
        #expect(try world.json("s3api head-object --bucket lake --key raw/sales.csv")["Restore"] == .string(#"ongoing-request="true""#))
        #expect(try world.aws("s3api get-object --bucket lake --key raw/sales.csv out").errorLine.hasPrefix("An error occurred (InvalidObjectState)"))
        #expect(try world.aws(restore).errorLine
            == "An error occurred (RestoreAlreadyInProgress) when calling the RestoreObject operation: Object restore is already in progress")
        // Now 2026-04-11T01:00Z: Standard takes 5 hours; the copy stays 2 days, to midnight.
        try world.world.advance(by: 5 * 3_600)
        let head = try world.json("s3api head-object --bucket lake --key raw/sales.csv")
        #expect(head["Restore"] == .string(#"ongoing-request="false", expiry-date="Tue, 14 Apr 2026 00:00:00 GMT""#))
        #expect(head["StorageClass"] == .string("GLACIER"))
        #expect(try world.aws("s3api get-object --bucket lake --key raw/sales.csv out").exitCode == 0)
        #expect(try world.aws("s3 cp s3://lake/raw/sales.csv copy.csv").exitCode == 0)
        try world.world.advance(by: 3 * 86_400)
        #expect(try world.json("s3api head-object --bucket lake --key raw/sales.csv")["Restore"] == nil)
        #expect(try world.aws("s3api get-object --bucket lake --key raw/sales.csv out").exitCode == 255)
        #expect(try world.aws("s3api restore-object --bucket lake --key processed/sales.csv --restore-request Days=1").errorLine
            == "An error occurred (InvalidObjectState) when calling the RestoreObject operation: "
            + "Restore is not allowed for the object's current storage class")
    }

    @Test func disabledRulesAndTagFiltersDoNothing() throws {
        let world = try TestWorld()
        _ = try world.json("s3api create-bucket --bucket lake")
        _ = try world.json("s3api put-object --bucket lake --key a")
        let rules = #"{"Rules":[{"Status":"Disabled","Expiration":{"Days":1}},{"Status":"Enabled","Filter":{"Tag":{"Key":"k","Value":"v"}},"Expiration":{"Days":1}}]}"#
        _ = try world.json("s3api put-bucket-lifecycle-configuration --bucket lake --lifecycle-configuration '\(rules)'")
        try world.world.advance(by: 10 * 86_400)
        #expect(try world.json("s3api head-object --bucket lake --key a")["ContentLength"] == .integer(0))
    }

    @Test func expirationOnADate() throws {
        let world = try TestWorld()
        _ = try world.json("s3api create-bucket --bucket lake")
        _ = try world.json("s3api put-object --bucket lake --key a")
        let rules = #"{"Rules":[{"Status":"Enabled","Filter":{"Prefix":""},"Expiration":{"Date":"2026-02-01T00:00:00Z"}}]}"#
        _ = try world.json("s3api put-bucket-lifecycle-configuration --bucket lake --lifecycle-configuration '\(rules)'")
        try world.world.advance(by: 30 * 86_400)
        #expect(try world.json("s3api list-objects-v2 --bucket lake")["Contents"] != nil)
        try world.world.advance(by: 86_400)
        #expect(try world.json("s3api list-objects-v2 --bucket lake")["Contents"] == nil)
    }
}
