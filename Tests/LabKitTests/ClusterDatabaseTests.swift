import CloudSim
import Foundation
import Synchronization
import Testing
import Warehouse
@testable import LabKit

/// A cluster's database through its life: created with the cluster, refused while paused, the
/// same data after resume, copied by a snapshot, gone with the cluster, back through a restore.
@Suite struct ClusterDatabaseTests {
    let directory = TemporaryDirectory()
    let world: World

    init() throws {
        world = try World(workspace: directory.url, clock: ManualClock())
    }

    @discardableResult
    func aws(_ line: String) throws -> String {
        let result = AWSCLI(world: world).run(try ShellWords.split(line))
        guard result.exitCode == 0 else { throw Failure(description: result.stderr) }
        return result.stdout
    }

    /// Creates cluster `id`, waits until it is available and opens its port to the learner.
    func availableCluster(_ id: String) throws {
        try aws("redshift create-cluster --cluster-identifier \(id) --node-type dc2.large --number-of-nodes 2 "
                + "--master-username awsuser --master-user-password Passw0rd1 --db-name sales")
        try world.advance(by: 300)
    }

    func openPort() throws {
        let group = try JSONReader.parse(try aws("ec2 describe-security-groups"))["SecurityGroups"]?.listValue?.first?["GroupId"]?.stringValue ?? ""
        try aws("ec2 authorize-security-group-ingress --group-id \(group) --protocol tcp --port 5439 --cidr 203.0.113.10/32")
    }

    func rows(_ database: ClusterDatabase, _ sql: String) throws -> [[String]] {
        try database.execute(sql).last?.rows.map { $0.map(\.text) } ?? []
    }

    /// Statements on a cluster's database feed its CloudWatch metrics: the query count and the
    /// disk its tables' 1 MB blocks take.
    @Test func statementsFeedTheClustersCloudWatchMetrics() throws {
        try availableCluster("c1")
        try openPort()
        let session = try ClusterDatabase(world: world, clusterID: "c1")
        _ = try session.execute("create table t (n int) diststyle even")
        _ = try session.execute("insert into t values (1), (2), (3), (4)")
        _ = try session.execute("select count(*) from t")
        let start = ISO8601DateFormatter().string(from: try world.now().addingTimeInterval(-600))
        try world.advance(by: 600)
        let end = ISO8601DateFormatter().string(from: try world.now())
        func statistic(_ metric: String, _ statistic: String, _ extra: String = "") throws -> Double {
            let output = try aws("cloudwatch get-metric-statistics --namespace AWS/Redshift --metric-name \(metric) "
                                 + "--dimensions Name=ClusterIdentifier,Value=c1 \(extra) --start-time \(start) --end-time \(end) "
                                 + "--period 1200 --statistics \(statistic)")
            let points = try JSONReader.parse(output)["Datapoints"]?.listValue ?? []
            return points.compactMap { point -> Double? in
                switch point[statistic] {
                case .double(let value)?: value
                case .integer(let value)?: Double(value)
                default: nil
                }
            }.reduce(0, +)
        }
        #expect(try statistic("PercentageDiskSpaceUsed", "Maximum") > 0)
        #expect(try statistic("QueriesCompletedPerSecond", "Sum", "Name=latency,Value=short") > 0)
    }

    @Test func theDatabaseLivesThroughPauseSnapshotDeleteAndRestore() throws {
        try availableCluster("c1")
        #expect(throws: ClusterConnectionError.self) { try ClusterDatabase(world: world, clusterID: "c1") }
        try openPort()
        let completed = Mutex<[CompletedClusterStatement]>([])
        let session = try ClusterDatabase(world: world, clusterID: "c1") { statement in completed.withLock { $0.append(statement) } }
        #expect(session.databaseName == "sales")
        _ = try session.execute("create table t (n int)")
        _ = try session.execute("insert into t values (1), (2)")
        #expect(completed.withLock { $0.map(\.clusterID) } == ["c1", "c1"])

        try aws("redshift pause-cluster --cluster-identifier c1")
        let refused = #expect(throws: ClusterConnectionError.self) { try session.execute("select * from t") }
        #expect(refused?.description.contains("Connection refused") == true)
        #expect(refused?.description.contains("is pausing") == true)
        try world.advance(by: 120)
        try aws("redshift resume-cluster --cluster-identifier c1")
        try world.advance(by: 120)
        #expect(try rows(session, "select n from t order by n") == [["1"], ["2"]])

        try aws("redshift create-cluster-snapshot --cluster-identifier c1 --snapshot-identifier snap")
        _ = try session.execute("insert into t values (3)")
        try aws("redshift delete-cluster --cluster-identifier c1 --skip-final-cluster-snapshot")
        try world.advance(by: 60)
        #expect(!FileManager.default.fileExists(atPath: session.endpoint.dataDirectory.path))

        try aws("redshift restore-from-cluster-snapshot --cluster-identifier c2 --snapshot-identifier snap")
        try world.advance(by: 300)
        let restored = try ClusterDatabase(world: world, clusterID: "c2")
        #expect(restored.databaseName == "sales")
        #expect(try rows(restored, "select n from t order by n") == [["1"], ["2"]])
    }

    @Test func aFinalSnapshotKeepsTheDataOfADeletedCluster() throws {
        try availableCluster("c1")
        try openPort()
        _ = try ClusterDatabase(world: world, clusterID: "c1").execute("create table kept as select 7 as n")
        try aws("redshift delete-cluster --cluster-identifier c1 --final-cluster-snapshot-identifier last")
        try world.advance(by: 60)
        try aws("redshift restore-from-cluster-snapshot --cluster-identifier c1 --snapshot-identifier last")
        try world.advance(by: 300)
        #expect(try rows(ClusterDatabase(world: world, clusterID: "c1"), "select n from kept") == [["7"]])
        try aws("redshift delete-cluster-snapshot --snapshot-identifier last")
        #expect(throws: Failure.self) { try aws("redshift restore-from-cluster-snapshot --cluster-identifier c3 --snapshot-identifier last") }
    }

    @Test func theParameterGroupSetsSessionDefaultsAfterAReboot() throws {
        try aws("redshift create-cluster-parameter-group --parameter-group-name pg --parameter-group-family redshift-1.0 --description x")
        try aws(#"redshift modify-cluster-parameter-group --parameter-group-name pg --parameters 'ParameterName=datestyle,ParameterValue="SQL, DMY"'"#)
        try aws("redshift create-cluster --cluster-identifier c1 --node-type dc2.large --master-username awsuser "
                + "--master-user-password Passw0rd1 --cluster-parameter-group-name pg")
        try world.advance(by: 300)
        try openPort()
        let session = try ClusterDatabase(world: world, clusterID: "c1")
        #expect(try rows(session, "show datestyle") == [["SQL, DMY"]])
        _ = try session.execute("set datestyle to 'ISO, MDY'")
        #expect(try rows(session, "show datestyle") == [["ISO, MDY"]])
        try aws("redshift modify-cluster-parameter-group --parameter-group-name pg --parameters ParameterName=datestyle,ParameterValue=German")
        try aws("redshift reboot-cluster --cluster-identifier c1")
        try world.advance(by: 120)
        // The reboot ended the session: a new one starts with the group's new default.
        #expect(try rows(session, "show datestyle") == [["German"]])
    }

    @Test func aResizedClusterKeepsItsDataInTheNewShape() throws {
        try availableCluster("c1")
        try openPort()
        let session = try ClusterDatabase(world: world, clusterID: "c1")
        _ = try session.execute("create table t as select 1 as n")
        try aws("redshift resize-cluster --cluster-identifier c1 --number-of-nodes 4")
        let refused = #expect(throws: ClusterConnectionError.self) { try session.execute("select n from t") }
        #expect(refused?.description.contains("is resizing") == true)
        try world.advance(by: 900)
        #expect(try rows(session, "select n from t") == [["1"]])
        #expect(session.endpoint.numberOfNodes == 4)
    }

    @Test func wrongDatabaseOrUserIsRefusedInPsqlsWords() throws {
        try availableCluster("c1")
        try openPort()
        let database = #expect(throws: ClusterConnectionError.self) { try ClusterDatabase(world: world, clusterID: "c1", database: "dev") }
        #expect(database?.description.contains(#"FATAL:  database "dev" does not exist"#) == true)
        let user = #expect(throws: ClusterConnectionError.self) { try ClusterDatabase(world: world, clusterID: "c1", user: "bob") }
        #expect(user?.description.contains(#"password authentication failed for user "bob""#) == true)
        let missing = #expect(throws: ClusterConnectionError.self) { try ClusterDatabase(world: world, clusterID: "nope") }
        #expect(missing?.description.contains("could not translate host name") == true)
    }

    struct Failure: Error, CustomStringConvertible { let description: String }
}
