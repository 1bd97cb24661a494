import Testing
@testable import LabCLI

@Suite struct ReplInputTests {
    @Test(arguments: ["\\q", "  \\q  ", "exit", "QUIT", "quit"])
    func quitWords(_ line: String) {
        #expect(ReplInput.classify(line) == .quit)
    }

    @Test func backslashCommandsKeepTheirArguments() {
        #expect(ReplInput.classify("\\timing on") == .meta(command: "timing", arguments: "on"))
        #expect(ReplInput.classify("\\?") == .meta(command: "?", arguments: ""))
    }

    @Test func awsLinesGoToTheControlPlane() {
        #expect(ReplInput.classify("aws s3 ls s3://raw") == .aws(arguments: "s3 ls s3://raw"))
        #expect(ReplInput.classify("AWS sts get-caller-identity") == .aws(arguments: "sts get-caller-identity"))
    }

    @Test func labWordsGoToTheLabs() {
        #expect(ReplInput.classify("hint") == .lab(word: .hint, arguments: ""))
        #expect(ReplInput.classify(" check 07-star-schema ") == .lab(word: .check, arguments: "07-star-schema"))
        #expect(ReplInput.classify("exam practice --count 5") == .lab(word: .exam, arguments: "practice --count 5"))
    }

    @Test func aLabWordEndingInSemicolonIsSQL() {
        #expect(ReplInput.classify("reset search_path;") == .sql("reset search_path;"))
    }

    @Test func everythingElseIsSQL() {
        #expect(ReplInput.classify("select * from sales") == .sql("select * from sales"))
        #expect(ReplInput.classify("exit now") == .sql("exit now"))
        #expect(ReplInput.classify("   ") == .blank)
    }
}
