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
}
