import Foundation
import Testing

/// `lab sql --cluster` as a learner runs it: refused until the cluster is available and its
/// security group admits the learner's address, then psql's output, and refused again when paused.
@Suite struct ClusterSQLCommandTests {
    @Test func sqlRunsOnAnAvailableReachableClusterOnly() throws {
        let ws = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-cluster-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: ws) }
        func lab(_ arguments: String...) throws -> LabProcess.Result {
            try LabProcess.run(Array(arguments.prefix(1)) + ["--workspace", ws.path] + arguments.dropFirst())
        }
        _ = try lab("aws", "redshift", "create-cluster", "--cluster-identifier", "lab", "--node-type", "dc2.large",
                    "--number-of-nodes", "2", "--master-username", "awsuser", "--master-user-password", "Passw0rd1")
        let creating = try lab("sql", "--cluster", "lab", "-c", "select 1")
        #expect(creating.status == 2)
        #expect(creating.stderr.contains("is still creating"))
        _ = try lab("aws", "redshift", "wait", "cluster-available", "--cluster-identifier", "lab")
        let closed = try lab("sql", "--cluster", "lab", "-c", "select 1")
        #expect(closed.status == 2)
        #expect(closed.stderr.contains("Connection timed out"))
        #expect(closed.stderr.contains("allows TCP port 5439 from your client address 203.0.113.10"))
        let group = try lab("aws", "ec2", "describe-security-groups", "--query", "SecurityGroups[0].GroupId", "--output", "text")
        _ = try lab("aws", "ec2", "authorize-security-group-ingress", "--group-id", group.stdout.trimmingCharacters(in: .whitespacesAndNewlines),
                    "--protocol", "tcp", "--port", "5439", "--cidr", "203.0.113.10/32")
        let created = try lab("sql", "--cluster", "lab", "--database", "dev", "--user", "awsuser",
                              "-c", "create table t (n int)", "-c", "insert into t values (1), (2)")
        #expect(created.status == 0)
        let csv = try lab("sql", "--cluster", "lab", "--csv", "-c", "select n from t order by n")
        #expect(csv.stdout == "n\n1\n2\n")
        #expect(try lab("sql", "--scratch", "-c", "select * from t").status == 1)
        _ = try lab("aws", "redshift", "pause-cluster", "--cluster-identifier", "lab")
        let paused = try lab("sql", "--cluster", "lab", "-c", "select n from t")
        #expect(paused.status == 2)
        #expect(paused.stderr.contains("Connection refused"))
        let wrongDatabase = try lab("sql", "--database", "dev", "-c", "select 1")
        #expect(wrongDatabase.status != 0)
    }
}
