import Foundation
import Testing
@testable import CloudSim
import Warehouse

@Suite("Redshift snapshot restore and deletion")
struct SnapshotRestoreTests {
    let aws: SimulatedAWS

    init() throws {
        aws = try SimulatedAWS()
        _ = try aws.json("redshift", "create-cluster", "--cluster-identifier", "c1", "--node-type", "dc2.large",
                         "--number-of-nodes", "2", "--master-username", "awsuser", "--master-user-password", "Passw0rd1",
                         "--db-name", "sales")
        try aws.world.advance(by: 300)
        _ = try aws.json("redshift", "create-cluster-snapshot", "--cluster-identifier", "c1", "--snapshot-identifier", "s1")
    }

    @Test func aRestoredClusterHasTheSnapshotsShapeAndCopiesItsData() throws {
        let storage = ClusterStorage(root: aws.directory)
        let saved = try Database.open(directory: try storage.snapshotDirectory("s1"), shape: .scratch)
        _ = try saved.durably { () throws(SQLError) in try saved.execute("create table t (n int); insert into t values (7)") }
        let restored = try aws.json("redshift", "restore-from-cluster-snapshot", "--cluster-identifier", "c2",
                                    "--snapshot-identifier", "s1")["Cluster"]
        #expect(restored?["ClusterStatus"] == .string("creating"))
        #expect(restored?["NumberOfNodes"] == .integer(2))
        #expect(restored?["DBName"] == .string("sales"))
        let copied = try Database.open(directory: try storage.clusterDirectory("c2"), shape: .scratch)
        #expect(try copied.execute("select n from t")[0].rows.map { $0.map(\.text) } == [["7"]])
        #expect(aws.aws("redshift", "wait", "cluster-available", "--cluster-identifier", "c2").exitCode == 0)
    }

    @Test func restoreAndDeleteRefuseWhatDoesNotFit() throws {
        #expect(aws.error("redshift", "restore-from-cluster-snapshot", "--cluster-identifier", "c2", "--snapshot-identifier", "nope")
            == "An error occurred (ClusterSnapshotNotFound) when calling the RestoreFromClusterSnapshot operation: Snapshot nope not found.")
        #expect(aws.error("redshift", "restore-from-cluster-snapshot", "--cluster-identifier", "c1", "--snapshot-identifier", "s1")
            .contains("(ClusterAlreadyExists)"))
        #expect(aws.error("redshift", "restore-from-cluster-snapshot", "--cluster-identifier", "C2", "--snapshot-identifier", "s1")
            .contains("(InvalidParameterValue)"))
        let deleted = try aws.json("redshift", "delete-cluster-snapshot", "--snapshot-identifier", "s1")["Snapshot"]
        #expect(deleted?["SnapshotIdentifier"] == .string("s1"))
        #expect(!FileManager.default.fileExists(atPath: try ClusterStorage(root: aws.directory).snapshotDirectory("s1").path))
        #expect(aws.error("redshift", "delete-cluster-snapshot", "--snapshot-identifier", "s1").contains("(ClusterSnapshotNotFound)"))
    }

    @Test func storagePathsCannotEscapeTheWorld() {
        #expect(throws: WorldError.self) { try ClusterStorage(root: aws.directory).clusterDirectory("../etc") }
        #expect(throws: WorldError.self) { try ClusterStorage(root: aws.directory).snapshotDirectory("") }
    }
}
