@testable import LabCLI
import Testing

/// Completion of `aws glue` follows from the service's declaration in the catalog.
@Suite struct GlueCompletionTests {
    @Test func glueOperationsAndParametersComplete() {
        let completion = AwsCompletion()
        #expect(completion.completions(for: "gl", in: "aws ") == ["glue"])
        #expect(completion.completions(for: "start-", in: "aws glue ") == ["start-crawler", "start-job-run"])
        #expect(completion.completions(for: "--table-", in: "aws glue create-crawler --name c ") == ["--table-prefix"])
    }
}
