import CloudSim
import Foundation
import Testing

/// S3 storage accrues per class for as long as each object stays in it, across lifecycle moves.
@Suite struct StorageCostTests {
    static let lifecycle = #"{"Rules":[{"ID":"archive-raw","Filter":{"Prefix":"raw/"},"Status":"Enabled","Transitions":[{"Days":30,"StorageClass":"STANDARD_IA"},{"Days":90,"StorageClass":"GLACIER"}],"Expiration":{"Days":365}}]}"#
    static let size = 200.0 * 1024
    static let gbMonthsPerHour = size / (1_073_741_824 * 730)

    func line(_ bill: Bill, _ storageClass: String) -> Bill.StorageLine? {
        bill.storage.first { $0.storageClass == storageClass }
    }

    @Test func aLifecycleTransitionSplitsTheCostBetweenClassesEvenAcrossOneLongJump() throws {
        let world = try TestWorld()
        _ = try world.json("s3api create-bucket --bucket lake")
        try world.file("big", String(repeating: "x", count: Int(Self.size)))
        world.clock.advance(by: 3_600)
        _ = try world.json("s3api put-object --bucket lake --key raw/sales.csv --body big")
        _ = try world.json("s3api put-object --bucket lake --key processed/sales.csv --body big")
        _ = try world.json("s3api put-bucket-lifecycle-configuration --bucket lake --lifecycle-configuration '\(Self.lifecycle)'")
        // One jump of 100 days: raw/ was STANDARD until 2026-02-01T00:00 (743 h), STANDARD_IA until
        // 2026-04-02T00:00 (1,440 h) and GLACIER for the last 217 h; processed/ stayed STANDARD 2,400 h.
        try world.world.advance(by: 100 * 86_400)
        let bill = try world.world.bill()
        #expect(bill.storage.map(\.storageClass) == ["GLACIER", "STANDARD", "STANDARD_IA"])
        let standard = try #require(line(bill, "STANDARD"))
        let infrequent = try #require(line(bill, "STANDARD_IA"))
        let glacier = try #require(line(bill, "GLACIER"))
        #expect(abs(standard.gigabyteMonths - (743 + 2_400) * Self.gbMonthsPerHour) < 1e-12)
        #expect(abs(infrequent.gigabyteMonths - 1_440 * Self.gbMonthsPerHour) < 1e-12)
        #expect(abs(glacier.gigabyteMonths - 217 * Self.gbMonthsPerHour) < 1e-12)
        #expect((infrequent.objects, infrequent.bytes) == (0, 0))
        #expect((glacier.objects, glacier.bytes) == (1, Int64(Self.size)))
        #expect(abs((infrequent.cost ?? 0) - infrequent.gigabyteMonths * 0.0125) < 1e-15)
        #expect(abs(bill.storageTotal - (standard.gigabyteMonths * 0.023 + infrequent.gigabyteMonths * 0.0125
                                          + glacier.gigabyteMonths * 0.0036)) < 1e-15)
        // Expiry after 365 days ends the GLACIER stretch at its due midnight however late the clock looks.
        try world.world.advance(by: 400 * 86_400)
        let later = try world.world.bill()
        let expired = try #require(line(later, "GLACIER"))
        #expect(expired.objects == 0)
        // 2026-04-02T00:00 until the expiry due 2027-01-02T00:00 (365 days after 2026-01-01T01:00, next midnight).
        #expect(abs(expired.gigabyteMonths - 275 * 24 * Self.gbMonthsPerHour) < 1e-12)
    }

    @Test func replacingAndDeletingObjectsClosesTheirStretches() throws {
        let world = try TestWorld()
        _ = try world.json("s3api create-bucket --bucket bkt")
        try world.file("f", String(repeating: "y", count: 1024))
        _ = try world.json("s3api put-object --bucket bkt --key k --body f")
        world.clock.advance(by: 7_300 * 3600 / 10)   // 730 hours
        _ = try world.json("s3api copy-object --bucket bkt --key k --copy-source bkt/k --storage-class DEEP_ARCHIVE")
        world.clock.advance(by: 730 * 3600)
        _ = try world.json("s3api delete-object --bucket bkt --key k")
        world.clock.advance(by: 730 * 3600)
        let bill = try world.world.bill()
        let month = 1024.0 / 1_073_741_824
        #expect(abs((line(bill, "STANDARD")?.gigabyteMonths ?? 0) - month) < 1e-15)
        #expect(abs((line(bill, "DEEP_ARCHIVE")?.gigabyteMonths ?? 0) - month) < 1e-15)
        #expect(abs((line(bill, "DEEP_ARCHIVE")?.cost ?? 0) - month * 0.00099) < 1e-18)
        #expect(bill.storage.allSatisfy { $0.objects == 0 })
        _ = try world.json("s3api put-object --bucket bkt --key one --body f --storage-class ONEZONE_IA")
        world.clock.advance(by: 3600)
        #expect(try line(world.world.bill(), "ONEZONE_IA")?.cost == nil)
    }
}
