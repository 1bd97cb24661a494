import Foundation
import Testing

@Suite struct CostCommandTests {
    @Test func theBillCountsNodeHoursAsTheClockRuns() throws {
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-cost-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: workspace) }
        func lab(_ arguments: [String], input: String = "") throws -> LabProcess.Result {
            try LabProcess.run(arguments + ["--workspace", workspace.path], input: input)
        }
        let empty = try lab(["cost"])
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("No clusters have run."))
        let script = """
        aws redshift create-cluster --cluster-identifier c1 --node-type dc2.large --number-of-nodes 2 --master-username awsuser --master-user-password Lab-Passw0rd
        clock advance 65m
        cost
        """
        let repl = try lab([], input: script)
        #expect(repl.status == 0, "\(repl.stderr)")
        #expect(repl.stdout.contains("cluster c1: dc2.large x 2, 2.00 node-hours, $0.50"))
        #expect(repl.stdout.contains("compute total: $0.50"))
    }
}
