import CloudSim
import Testing
@testable import LabCLI
@testable import LabKit

@Suite struct SQLCompletionTests {
    @Test func keywordsKeepTheLearnersCaseAndTablesComeFromTheScratchDatabase() throws {
        let workspace = TestWorkspace()
        _ = try OpenDatabases.shared.database(for: workspace.url).execute("create table sales_fact (id int)")
        let completion = SQLCompletion(workspaceRoot: workspace.url)
        #expect(completion.completions(for: "sel", in: "").contains("select"))
        #expect(completion.completions(for: "SEL", in: "").contains("SELECT"))
        #expect(completion.completions(for: "sales", in: "select * from ") == ["sales_fact"])
        #expect(completion.completions(for: "s3", in: "aws ").isEmpty)
        #expect(completion.completions(for: "", in: "select ").isEmpty)
    }

    @Test func afterBackslashCTablesComeFromTheClustersDatabase() throws {
        let workspace = TestWorkspace()
        let cli = AWSCLI(world: try World(workspace: workspace.url))
        for line in ["redshift create-cluster --cluster-identifier c1 --node-type dc2.large --master-username awsuser --master-user-password Passw0rd1",
                     "redshift wait cluster-available --cluster-identifier c1",
                     "ec2 authorize-security-group-ingress --group-name default --protocol tcp --port 5439 --cidr 203.0.113.10/32"] {
            #expect(cli.run(try ShellWords.split(line)).exitCode == 0)
        }
        _ = try OpenDatabases.shared.cluster("c1", workspaceRoot: workspace.url).execute("create table dim_date (d date)")
        let connection = ReplConnection()
        let completion = SQLCompletion(workspaceRoot: workspace.url, connection: connection)
        #expect(completion.completions(for: "dim", in: "select * from ").isEmpty)
        connection.cluster = .init(id: "c1", database: nil, user: nil)
        #expect(completion.completions(for: "dim", in: "select * from ") == ["dim_date"])
    }
}
