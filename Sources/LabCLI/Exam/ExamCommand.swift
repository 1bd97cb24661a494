import ArgumentParser
import Foundation
import Glibc
import LabKit

/// `lab exam ...` from the shell and `exam ...` in the REPL: both parse with these types and
/// run the same `perform(in:)`, only the line source differs.
struct ExamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exam",
        abstract: "Prepare for the AWS Certified Data Engineer – Associate (DEA-C01) exam.",
        subcommands: [ExamPractice.self, ExamTake.self, ExamReview.self, ExamDrill.self, ExamReport.self,
                      ExamReportItem.self]
    )
}

/// An exam subcommand: the shell entry opens the workspace and reads stdin; the REPL calls
/// `perform(in:)` with its own session and reader.
protocol ExamAction: ParsableCommand {
    var global: GlobalOptions { get }
    func perform(in context: ExamContext) throws
}

extension ExamAction {
    func run() throws {
        let session = try LabSession.open(global)
        let console = StandardConsole()
        let ask: (String) -> ReadResult
        if isatty(STDIN_FILENO) == 1 {
            let reader = ReadlineReader(historyPath: nil, completion: CompletionRegistry())
            ask = { reader.read(prompt: $0) }
        } else {
            let reader = PipedLineReader()
            ask = { reader.read(prompt: $0) }
        }
        try perform(in: ExamContext.open(session: session, console: console, ask: ask))
    }
}

struct ExamPractice: ExamAction {
    static let configuration = CommandConfiguration(
        commandName: "practice", abstract: "Answer questions one by one with feedback and explanations.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this domain: 1-4 or a word of its name (ingestion, store, operations, security).")
    var domain: String?
    @Option(help: "How many questions.") var count = 10
    @Option(help: ArgumentHelp("Practise these questions, by id (repeatable).", valueName: "id"))
    var item: [String] = []

    func validate() throws {
        guard count > 0 else { throw ValidationError("--count must be at least 1") }
        if !item.isEmpty && domain != nil { throw ValidationError("--item and --domain do not go together") }
        if let domain, ExamDomain(argument: domain) == nil {
            throw ValidationError("unknown domain '\(domain)'; use 1-4 or ingestion, store, operations, security")
        }
    }

    func perform(in context: ExamContext) throws {
        let items: [ExamItem]
        if item.isEmpty {
            let pool = domain.flatMap(ExamDomain.init(argument:)).map { context.bank.items(in: $0) } ?? context.bank.items
            var rng = SystemRandomNumberGenerator()
            let history = try context.session.progress.latestExamOutcomes(learner: context.learner)
            items = ExamDraw.practice(from: pool, count: count, history: history, using: &rng)
        } else {
            items = try item.map { id in
                guard let found = context.bank.item(id) else { throw LabFailure("no exam question has the id '\(id)'") }
                return found
            }
        }
        let run = try ExamRun(start: .practice, items: items, store: context.session.progress,
                              learner: context.learner, clock: context.clock)
        _ = try QuestionLoop(context: context, run: run).perform()
    }
}

struct ExamTake: ExamAction {
    static let configuration = CommandConfiguration(
        commandName: "take",
        abstract: "A mock exam: 65 questions by domain weight in 130 minutes, scored at the end.",
        discussion: "An unfinished exam is resumed; its clock keeps running while you are away.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "A shorter mock exam of this many questions, at the real pace of two minutes each.")
    var count = ExamRun.examItemCount

    func validate() throws {
        guard (1...ExamRun.examItemCount).contains(count) else {
            throw ValidationError("--count must be from 1 to \(ExamRun.examItemCount)")
        }
    }

    func perform(in context: ExamContext) throws {
        let store = context.session.progress
        let run: ExamRun
        if let open = try store.openTimedExam(learner: context.learner) {
            run = try ExamRun(resume: open.id, bank: context.bank, store: store, learner: context.learner,
                              clock: context.clock)
            context.console.out("Resuming your exam started \(open.startedAt.formatted(.iso8601)).")
        } else {
            var rng = SystemRandomNumberGenerator()
            let items = ExamDraw.exam(from: context.bank, total: count, using: &rng)
            run = try ExamRun(start: .take, items: items, store: store, learner: context.learner, clock: context.clock)
            let minutes = Int(ExamRun.duration(items: items.count) / 60)
            context.console.out("Mock exam: \(items.count) questions, \(minutes) minutes. No feedback until you submit.")
            context.console.out(TimedExamLoop.help)
        }
        try TimedExamLoop(context: context, run: run).perform()
    }
}

struct ExamReview: ExamAction {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "Go over the questions you answered wrong or flagged, with explanations.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "How many questions at most.") var count = 20

    func perform(in context: ExamContext) throws {
        let review = try ExamReviewList(store: context.session.progress, bank: context.bank, learner: context.learner)
        let entries = review.entries.prefix(count)
        guard !entries.isEmpty else {
            context.console.out("Nothing to review: no wrong or flagged answers yet.")
            return
        }
        for (number, entry) in entries.enumerated() {
            let order = Array(entry.item.options.indices)
            let why = [entry.wrong ? "answered wrong" : nil, entry.flagged ? "flagged" : nil].compactMap { $0 }
            context.console.out("— \(entry.item.id) (\(why.joined(separator: ", "))) —")
            context.console.out(ExamScreen.item(entry.item, order: order, number: number + 1, of: entries.count,
                                                chosen: entry.chosen))
            context.console.out("")
            if entry.item.isHandsOn {
                context.console.out(TextWrap.wrap(entry.item.explanation ?? "") + "\nRead more: \(entry.item.source)")
            } else {
                context.console.out(ExamScreen.feedback(entry.item, order: order, chosen: entry.chosen ?? []))
            }
            context.console.out("")
        }
        try context.session.progress.createExamSession(
            learner: context.learner, mode: .review, items: entries.map { $0.item.id }, at: context.clock.now)
    }
}

struct ExamDrill: ExamAction {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: "Spaced repetition (SM-2) over questions you answered wrong or slowly, as they fall due.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "How many due questions at most.") var count = 10

    func perform(in context: ExamContext) throws {
        let store = context.session.progress
        let due = try store.dueItems(learner: context.learner, at: context.clock.now).compactMap(context.bank.item)
        guard !due.isEmpty else {
            if let next = try store.nextDue(learner: context.learner) {
                context.console.out("Nothing is due. The next question falls due \(next.formatted(.iso8601)).")
            } else {
                context.console.out("Nothing to drill yet: questions you answer wrong or slowly in practice or "
                                    + "a mock exam are scheduled here.")
            }
            return
        }
        let run = try ExamRun(start: .drill, items: Array(due.prefix(count)), store: store, learner: context.learner,
                              clock: context.clock)
        _ = try QuestionLoop(context: context, run: run).perform()
    }
}

struct ExamReport: ExamAction {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Your exam history, per-domain trend and readiness.")

    @OptionGroup var global: GlobalOptions

    func perform(in context: ExamContext) throws {
        context.console.out(try ExamReportText.render(store: context.session.progress, bank: context.bank,
                                                      learner: context.learner))
    }
}

struct ExamReportItem: ExamAction {
    static let configuration = CommandConfiguration(
        commandName: "report-item", abstract: "Dispute a question: record why you think it is wrong, for its authors.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The question's id, e.g. ing-012.") var id: String
    @Argument(help: "Why you think it is wrong.") var reason: String

    func perform(in context: ExamContext) throws {
        guard context.bank.item(id) != nil else { throw LabFailure("no exam question has the id '\(id)'") }
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !why.isEmpty else { throw LabFailure("say why the question is wrong") }
        try context.session.progress.reportExamItem(learner: context.learner, item: id, reason: why,
                                                    at: context.clock.now)
        context.console.out("Recorded your report on \(id). Authors review reports before the bank changes.")
    }
}
