import Foundation
import Testing
@testable import CloudSim

/// The AWS/Redshift metrics follow what a simulated cluster does over world time.
@Suite struct RedshiftMetricsTests {
    static let start = Date(timeIntervalSince1970: 1_767_225_600)

    func cluster(_ aws: SimulatedAWS, nodes: Int = 2) throws {
        _ = try aws.json("redshift", "create-cluster", "--cluster-identifier", "c1", "--node-type", "dc2.large",
                         "--number-of-nodes", String(nodes), "--master-username", "awsuser",
                         "--master-user-password", "Lab-Passw0rd")
    }

    func values(_ aws: SimulatedAWS, _ metric: String, _ dimensions: [String] = ["Name=ClusterIdentifier,Value=c1"],
                statistic: String = "Average", period: Int = 60, from: Date = start, to: Date) throws -> [Double] {
        let result = AWSCLI(world: aws.world, workingDirectory: aws.directory).run(
            ["cloudwatch", "get-metric-statistics", "--namespace", "AWS/Redshift", "--metric-name", metric, "--dimensions"]
                + dimensions + ["--statistics", statistic, "--period", String(period),
                                "--start-time", from.ISO8601Format(), "--end-time", to.ISO8601Format()])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let points = try JSONReader.parse(result.stdout)["Datapoints"]?.listValue ?? []
        return points.compactMap {
            switch $0[statistic] {
            case .double(let value): value
            default: nil
            }
        }
    }

    @Test func healthStatusFollowsTheClustersStatesOnTheClock() throws {
        let aws = try SimulatedAWS()
        try cluster(aws)
        aws.clock.advance(by: 10 * 60)          // creating for 5 minutes, then 5 available minutes
        _ = try aws.json("redshift", "pause-cluster", "--cluster-identifier", "c1")
        aws.clock.advance(by: 20 * 60)          // pausing for 2 minutes, then paused
        let health = try values(aws, "HealthStatus", to: Self.start.addingTimeInterval(3600))
        #expect(health == [1, 1, 1, 1, 1, 0, 0])
        let maintenance = try values(aws, "MaintenanceMode", to: Self.start.addingTimeInterval(3600))
        #expect(maintenance == Array(repeating: 0, count: 7))
        // Minutes of a period combine: 5 datapoints of 1 in the first five-minute period after creation.
        #expect(try values(aws, "HealthStatus", statistic: "SampleCount", period: 300,
                           from: Self.start.addingTimeInterval(300), to: Self.start.addingTimeInterval(3600)) == [5, 2])
        let metrics = try aws.json("cloudwatch", "list-metrics", "--namespace", "AWS/Redshift", "--metric-name", "CPUUtilization")
        let nodeIDs = (metrics["Metrics"]?.listValue ?? []).map { metric in
            (metric["Dimensions"]?.listValue ?? []).compactMap { $0["Name"]?.stringValue == "NodeID" ? $0["Value"]?.stringValue : nil }
        }
        #expect(nodeIDs == [[], ["Compute-0"], ["Compute-1"], ["Leader"]])
    }

    @Test func cpuDiskConnectionsAndQueryMetricsComeFromRecordedActivity() throws {
        let aws = try SimulatedAWS()
        try cluster(aws)
        aws.clock.advance(by: 5 * 60)
        let available = Self.start.addingTimeInterval(300)
        // 2 nodes x 2 vCPUs: 240 CPU-seconds per minute. A 60-second query using 120 of them is half.
        try aws.world.recordRedshiftQuery(clusterIdentifier: "c1", startedAt: available, duration: 60, cpuSeconds: 120,
                                          bytesScanned: 60 * 1_048_576 * 10)
        try aws.world.recordRedshiftQuery(clusterIdentifier: "c1", startedAt: available.addingTimeInterval(65), duration: 2,
                                          cpuSeconds: 1, bytesScanned: 0)
        try aws.world.recordRedshiftDiskUsage(clusterIdentifier: "c1", at: available.addingTimeInterval(90), bytes: 32_000_000_000)
        aws.clock.advance(by: 10 * 60)
        let end = available.addingTimeInterval(300)
        let cpu = try values(aws, "CPUUtilization", from: available, to: end)
        #expect(cpu.count == 5)
        #expect(abs(cpu[0] - 51) < 1e-9)
        #expect(abs(cpu[1] - (1 + 100.0 / 240)) < 1e-9)
        #expect(cpu[2...].allSatisfy { $0 == RedshiftMetrics.idleCPUPercent })
        let leader = try values(aws, "CPUUtilization", ["Name=ClusterIdentifier,Value=c1", "Name=NodeID,Value=Leader"],
                                from: available, to: end)
        #expect(leader == Array(repeating: 1, count: 5))
        let disk = try values(aws, "PercentageDiskSpaceUsed", from: available, to: end)
        #expect(abs(disk[0] - 100 * 1e9 / 320e9) < 1e-9)
        #expect(abs(disk[1] - 100 * 33e9 / 320e9) < 1e-9)
        #expect(try values(aws, "DatabaseConnections", from: available, to: end) == [1, 1, 0, 0, 0])
        #expect(try values(aws, "ReadIOPS", from: available, to: end) == [10, 0, 0, 0, 0])
        #expect(try values(aws, "QueriesCompletedPerSecond", ["Name=ClusterIdentifier,Value=c1", "Name=latency,Value=short"],
                           period: 300, from: available, to: end) == [1.0 / 300])
        #expect(try values(aws, "QueriesCompletedPerSecond", ["Name=ClusterIdentifier,Value=c1", "Name=latency,Value=medium"],
                           period: 300, from: available, to: end) == [1.0 / 300])
        #expect(try values(aws, "QueryDuration", ["Name=ClusterIdentifier,Value=c1", "Name=latency,Value=medium"],
                           period: 300, from: available, to: end) == [60_000_000])
        #expect(throws: (any Error).self) {
            try aws.world.recordRedshiftQuery(clusterIdentifier: "nope", startedAt: available, duration: 1, cpuSeconds: 1,
                                              bytesScanned: 0)
        }
    }

    @Test func anAlarmOnAComputedMetricFiresWhenTheClusterPauses() throws {
        let aws = try SimulatedAWS()
        try cluster(aws, nodes: 1)
        aws.clock.advance(by: 6 * 60)
        _ = try aws.json("cloudwatch", "put-metric-alarm", "--alarm-name", "c1-unhealthy", "--namespace", "AWS/Redshift",
                         "--metric-name", "HealthStatus", "--dimensions", "Name=ClusterIdentifier,Value=c1",
                         "--statistic", "Minimum", "--period", "60", "--evaluation-periods", "1", "--threshold", "1",
                         "--comparison-operator", "LessThanThreshold", "--treat-missing-data", "breaching")
        aws.clock.advance(by: 2 * 60)
        func state() throws -> AWSValue? {
            try aws.json("cloudwatch", "describe-alarms")["MetricAlarms"]?.listValue?.first?["StateValue"]
        }
        #expect(try state() == .string("OK"))
        _ = try aws.json("redshift", "pause-cluster", "--cluster-identifier", "c1")
        aws.clock.advance(by: 60)
        #expect(try state() == .string("ALARM"), "HealthStatus is 0 while the cluster pauses")
        aws.clock.advance(by: 3600)
        #expect(try state() == .string("ALARM"), "a paused cluster publishes nothing, and missing data is breaching")
        _ = try aws.json("redshift", "resume-cluster", "--cluster-identifier", "c1")
        aws.clock.advance(by: 4 * 60)
        #expect(try state() == .string("OK"))
    }
}
