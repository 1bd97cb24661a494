@testable import LabCLI
import Testing

@Suite struct AwsCompletionTests {
    private let completion = AwsCompletion()

    @Test func servicesThenOperationsThenParameters() {
        #expect(completion.completions(for: "s3", in: "aws ") == ["s3", "s3api"])
        #expect(completion.completions(for: "list-o", in: "aws s3api ") == ["list-objects-v2"])
        #expect(completion.completions(for: "--max", in: "aws s3api list-objects-v2 --bucket b ") == ["--max-keys"])
        #expect(completion.completions(for: "b", in: "aws s3api list-objects-v2 --bucket ").isEmpty)
        #expect(completion.completions(for: "s", in: "select ").isEmpty)
    }
}
