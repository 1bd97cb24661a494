import CloudSim
import Foundation
import Testing

@Suite struct BillTests {
    let start = Date(timeIntervalSince1970: 1_767_225_600)

    func world() throws -> (World, ManualClock, URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bill-\(UUID().uuidString)")
        let clock = ManualClock(start: start)
        return (try World(directory: directory, clock: clock), clock, directory)
    }

    func aws(_ world: World, _ line: String) throws {
        let result = AWSCLI(world: world).run(try ShellWords.split(line))
        #expect(result.exitCode == 0, "\(line): \(result.stderr)")
    }

    @Test func nodeHoursAccrueWhileTheClusterRunsAndStopWhileItIsPaused() throws {
        let (world, clock, directory) = try world()
        defer { try? FileManager.default.removeItem(at: directory) }
        try aws(world, "redshift create-cluster --cluster-identifier c1 --node-type dc2.large --number-of-nodes 2 "
                + "--master-username awsuser --master-user-password Lab-Passw0rd")
        clock.advance(by: 5 * 60)
        #expect(try world.bill().clusters.first?.nodeHours == 0)
        clock.advance(by: 3600)
        var bill = try world.bill()
        #expect(bill.clusters.first?.nodeHours == 2)
        #expect(bill.computeTotal == 0.5)
        try aws(world, "redshift pause-cluster --cluster-identifier c1")
        clock.advance(by: 10 * 3600)
        bill = try world.bill()
        let afterPause: Double = 2 + 2 * 120.0 / 3600
        #expect(abs((bill.clusters.first?.nodeHours ?? 0) - afterPause) < 1e-9)
        try aws(world, "redshift resume-cluster --cluster-identifier c1")
        clock.advance(by: 3600)
        try aws(world, "redshift delete-cluster --cluster-identifier c1 --skip-final-cluster-snapshot")
        clock.advance(by: 24 * 3600)
        bill = try world.bill()
        let hours: Double = 2 + 2 * (120.0 + 3600) / 3600
        #expect(bill.clusters.map(\.clusterID) == ["c1"])
        #expect(abs((bill.clusters.first?.nodeHours ?? 0) - hours) < 1e-9)
        #expect(abs(bill.computeTotal - hours * 0.25) < 1e-9)
    }

    @Test func unpricedNodeTypesAreListedWithoutACostAndStorageIsCountedByClass() throws {
        let (world, clock, directory) = try world()
        defer { try? FileManager.default.removeItem(at: directory) }
        try aws(world, "redshift create-cluster --cluster-identifier big --node-type ra3.4xlarge --number-of-nodes 2 "
                + "--master-username awsuser --master-user-password Lab-Passw0rd")
        try aws(world, "s3 mb s3://bill-bucket")
        try aws(world, "s3api put-object --bucket bill-bucket --key a")
        try aws(world, "s3api put-object --bucket bill-bucket --key b --storage-class GLACIER")
        clock.advance(by: 3600)
        let bill = try world.bill()
        #expect(bill.clusters.first?.cost == nil)
        let nodeHours = bill.clusters.first?.nodeHours ?? 0
        #expect(nodeHours > 1.8)
        #expect(bill.computeTotal == 0)
        #expect(bill.storage.map(\.storageClass) == ["GLACIER", "STANDARD"])
        #expect(bill.storage.map(\.objects) == [1, 1])
    }
}
