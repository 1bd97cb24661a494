import Foundation
import Testing

@Suite struct ExamSessionTests {
    let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-exam-\(UUID().uuidString)")

    func lab(_ arguments: [String], input: String = "") throws -> LabProcess.Result {
        try LabProcess.run(arguments + ["--workspace", workspace.path], input: input, environment: ["LAB_LEARNER": "ana"])
    }

    /// Every run of four lines answers the current question whatever it asks for (one, two or three
    /// choices, or a hands-on task graded by `done`): the loops reject the other forms and stay on it.
    static func answerAnything(questions: Int) -> String {
        (0..<questions).map { _ in "a\na,b\na,b,c\ndone" }.joined(separator: "\n")
    }

    @Test func practiceThenReportThenReview() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        let practice = try lab(["exam", "practice", "--domain", "security", "--count", "3"],
                               input: Self.answerAnything(questions: 2) + "\nq\n")
        #expect(practice.status == 0)
        #expect(practice.stdout.components(separatedBy: "Question ").count - 1 == 3)
        #expect(practice.stdout.contains("Domain 4: Data Security and Governance"))
        #expect(practice.stdout.contains("Read more: https://docs.aws.amazon.com/"))
        let right = practice.stdout.components(separatedBy: "\nCorrect.").count - 1
        let wrong = practice.stdout.components(separatedBy: "\nIncorrect.").count - 1
            + practice.stdout.components(separatedBy: "\nNot quite.").count - 1
        #expect(right + wrong >= 2)
        #expect(practice.stdout.contains("\(right) of \(right + wrong) answered correctly."))

        let report = try lab(["exam", "report"])
        #expect(report.status == 0)
        #expect(report.stdout.contains("practice  \(right + wrong)/3"))
        #expect(report.stdout.contains("4 Data Security and Governance"))
        #expect(report.stdout.contains("not ready yet."))

        let review = try lab(["exam", "review"])
        #expect(review.status == 0)
        #expect(review.stdout.components(separatedBy: "(answered wrong)").count - 1 == wrong)
    }

    @Test func aFullMockExamIsSixtyFiveQuestionsScoredAtSubmit() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        let answers = Self.answerAnything(questions: 65)
        let result = try lab(["exam", "take"], input: answers + "\nnav\nsubmit\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Mock exam: 65 questions, 130 minutes."))
        #expect(result.stdout.contains("Question 65 of 65"))
        #expect(result.stdout.contains("✓ answered (65), . unanswered (0)"))
        #expect(result.stdout.contains("Domain 1 Data Ingestion and Transformation: "))
        #expect(result.stdout.contains("/22 ("))
        #expect(result.stdout.contains("/17 ("))
        #expect(result.stdout.contains("/14 ("))
        #expect(result.stdout.contains("/12 ("))
        #expect(!result.stdout.contains("Correct."))
        let drill = try lab(["exam", "drill", "--count", "1"])
        #expect(drill.stdout.contains("Nothing is due. The next question falls due"))
    }

    @Test func aShortMockExamKeepsTheRealPace() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        let result = try lab(["exam", "take", "--count", "5"], input: Self.answerAnything(questions: 5) + "\nsubmit\n")
        #expect(result.stdout.contains("Mock exam: 5 questions, 10 minutes."))
        #expect(result.stdout.contains("Score: "))
        #expect(result.stdout.contains("of 5 correct)"))
        let tooMany = try lab(["exam", "take", "--count", "66"])
        #expect(tooMany.status == 64)
        #expect(tooMany.stderr.contains("--count must be from 1 to 65"))
    }

    @Test func aPausedExamResumes() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        let first = try lab(["exam", "take"], input: "f\nn\nf\npause\n")
        #expect(first.stderr.contains("Exam paused"))
        #expect(first.stdout.contains("Flagged question 2 for review."))
        let second = try lab(["exam", "take"], input: "nav\n")
        #expect(second.stdout.contains("Resuming your exam"))
        #expect(second.stdout.contains("Question 1 of 65"))
        #expect(second.stdout.contains("F flagged (2)"))
    }

    @Test func aHandsOnItemIsAnsweredByWorkingInAScratchWorld() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        let script = "aws s3api get-object --bucket exam-archive-123456789012 --key old/report.csv out.csv\n"
            + "hello\nsubmit InvalidObjectState\ndone\n"
        let result = try lab(["exam", "practice", "--item", "sto-h02"], input: script)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("exam-archive-123456789012"))
        #expect(result.stderr.contains("An error occurred (InvalidObjectState) when calling the GetObject operation"))
        #expect(result.stdout.contains("Work with aws ..., clock ... and SQL lines"))
        #expect(result.stderr.contains("(unfinished SQL without its ';' was dropped)"))
        #expect(result.stdout.contains("Correct.\n  ✓ you handed in the error code for reading an archived object"))
        #expect(result.stdout.contains("1 of 1 answered correctly."))
        let unknown = try lab(["exam", "practice", "--item", "nope-9"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no exam question has the id 'nope-9'"))
    }

    @Test func reportingAnItemChecksItsId() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        let good = try lab(["exam", "report-item", "sec-001", "option B is also right"])
        #expect(good.status == 0)
        #expect(good.stdout.contains("Recorded your report on sec-001."))
        let bad = try lab(["exam", "report-item", "nope-1", "why"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("no exam question has the id 'nope-1'"))
        let usage = try lab(["exam", "practice", "--domain", "cooking"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("unknown domain 'cooking'"))
    }

    @Test func theReplRunsExamCommandsWithItsOwnInput() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        let result = try lab([], input: "exam practice --count 1\nq\nexam report-item ing-001 \"two answers fit\"\nexam bogus\n")
        #expect(result.stdout.contains("Question 1 of 1"))
        #expect(result.stdout.contains("0 of 0 answered correctly."))
        #expect(result.stdout.contains("Recorded your report on ing-001."))
        #expect(result.stderr.contains("Unexpected argument 'bogus'"))
        #expect(result.status == 1)
    }
}
