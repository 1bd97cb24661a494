import CloudSim
import Foundation
import Testing
@testable import LabCLI
@testable import LabKit

@Suite struct ExamLoopTests {
    let workspace = TestWorkspace()
    let clock = ManualClock()

    func items(_ count: Int) -> [ExamItem] {
        (1...count).map { n in
            let options = (0..<4).map { ExamOption(text: "option \($0) of \(n)", correct: $0 == 0, why: "reason \($0)") }
            return ExamItem(id: "ing-\(n)", domain: .ingestion, task: "1.1", difficulty: .easy, stem: "Question \(n)?",
                            select: 1, options: options, source: "https://docs.aws.amazon.com/x.html", lab: "08-loading")
        }
    }

    /// Answers with the display letter of each item's correct option, which the loop must map back.
    func letter(of run: ExamRun, at position: Int) -> String {
        let order = run.optionOrder(at: position)
        return AnswerInput.label(order.firstIndex(of: 0) ?? 0).lowercased()
    }

    func context(_ bank: ExamBank, console: RecordingConsole, script: @escaping (String) -> ReadResult) throws -> ExamContext {
        let learner = try workspace.session.progress.learnerID(named: "ana", at: clock.now)
        return ExamContext(session: workspace.session, bank: bank, learner: learner, clock: clock, console: console,
                           ask: script)
    }

    @Test func practiceGivesFeedbackAfterEachAnswerAndStopsOnQ() throws {
        let bank = ExamBank(items: items(3))
        let console = RecordingConsole()
        var run: ExamRun!
        var lines: [String] = []
        let ctx = try context(bank, console: console) { _ in lines.isEmpty ? .endOfInput : .line(lines.removeFirst()) }
        run = try ExamRun(start: .practice, items: bank.items, store: ctx.session.progress, learner: ctx.learner, clock: clock)
        lines = ["z", letter(of: run, at: 0), "q"]
        let score = try QuestionLoop(context: ctx, run: run).perform()
        #expect(score.total == 1)
        #expect(score.correct == 1)
        #expect(console.stderr == ["'z' is not an option; choose from a to d."])
        #expect(console.stdout.contains { $0.hasPrefix("Correct.") })
        #expect(console.stdout.last?.contains("Domain 1") == true)
    }

    @Test func theTimedExamNavigatesFlagsAndSubmitsWithConfirmation() throws {
        let bank = ExamBank(items: items(3))
        let console = RecordingConsole()
        var lines: [String] = []
        let ctx = try context(bank, console: console) { _ in lines.isEmpty ? .endOfInput : .line(lines.removeFirst()) }
        let run = try ExamRun(start: .take, items: bank.items, store: ctx.session.progress, learner: ctx.learner, clock: clock)
        lines = [letter(of: run, at: 0), "f", "goto 9", "g 3", "b,c", "nav", "submit", "no", "p", "f", "submit", "yes"]
        try TimedExamLoop(context: ctx, run: run).perform()
        #expect(run.isSubmitted)
        #expect(run.record.answers.map(\.chosen?.count) == [1, nil, nil])
        #expect(console.stderr.contains("Usage: goto N, with N from 1 to 3."))
        #expect(console.stderr.contains { $0.hasPrefix("Choose one option (you chose 2).") })
        #expect(console.stdout.contains(" 1✓    2.F   3. \n✓ answered (1), . unanswered (2), F flagged (1) · time left 6:00"))
        #expect(console.stdout.contains("2 unanswered and 1 flagged question(s). Submit anyway? (yes/no)"))
        #expect(console.stdout.contains("2 unanswered and 0 flagged question(s). Submit anyway? (yes/no)"))
        #expect(console.stdout.contains { $0.hasPrefix("Score: 400 (1 of 3 correct) — FAIL") })
    }

    @Test func timeRunningOutSubmitsTheExam() throws {
        let bank = ExamBank(items: items(2))
        let console = RecordingConsole()
        let clock = self.clock
        var lines: [String] = []
        let ctx = try context(bank, console: console) { _ in
            clock.advance(by: 3 * 60)
            return lines.isEmpty ? .endOfInput : .line(lines.removeFirst())
        }
        let run = try ExamRun(start: .take, items: bank.items, store: ctx.session.progress, learner: ctx.learner, clock: clock)
        lines = [letter(of: run, at: 0), letter(of: run, at: 1)]
        try TimedExamLoop(context: ctx, run: run).perform()
        #expect(run.isSubmitted)
        #expect(run.record.answers.map(\.correct) == [true, false])
        #expect(console.stdout.contains("Time is up: the exam was submitted with the answers given."))
    }

    @Test func endOfInputPausesTheExamForLater() throws {
        let bank = ExamBank(items: items(2))
        let console = RecordingConsole()
        let ctx = try context(bank, console: console) { _ in .endOfInput }
        let run = try ExamRun(start: .take, items: bank.items, store: ctx.session.progress, learner: ctx.learner, clock: clock)
        try TimedExamLoop(context: ctx, run: run).perform()
        #expect(!run.isSubmitted)
        #expect(console.stderr == ["Exam paused; resume it with 'lab exam take'. The clock keeps running."])
        #expect(try ctx.session.progress.openTimedExam(learner: ctx.learner)?.id == run.record.id)
    }
}
