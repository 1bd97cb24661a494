import CloudSim
import Foundation

/// A session in progress: the items in order, the learner's answers, and for a timed exam the
/// deadline. Every change is written to the progress store at once, so a session survives a
/// closed terminal and resumes where it stood (the clock keeps running, as on the real exam).
public final class ExamRun {
    /// The real exam: 65 items in 130 minutes, two minutes an item; a shorter mock keeps that pace.
    public static let examItemCount = 65
    public static let secondsPerItem: TimeInterval = 120

    public static func duration(items: Int) -> TimeInterval { Double(items) * secondsPerItem }

    public let store: ProgressStore
    public let learner: Int64
    public let clock: any WorldClock
    public let items: [ExamItem]
    public private(set) var record: ExamSessionRecord

    public enum Outcome: Equatable {
        case recorded(correct: Bool)
        /// The deadline passed before the answer came; the exam was submitted as it stood.
        case timeUp(ExamScore)
    }

    /// Starts a new session over `items`; a timed exam gets its deadline from the clock.
    public convenience init(start mode: ExamMode, items: [ExamItem], store: ProgressStore, learner: Int64,
                            clock: any WorldClock) throws {
        let now = clock.now
        let deadline = mode == .take ? now.addingTimeInterval(Self.duration(items: items.count)) : nil
        let id = try store.createExamSession(learner: learner, mode: mode, items: items.map(\.id), at: now,
                                             deadline: deadline)
        try self.init(resume: id, bank: ExamBank(items: items), store: store, learner: learner, clock: clock)
    }

    /// Reopens a stored session; items no longer in the bank are reported, not guessed.
    public init(resume id: Int64, bank: ExamBank, store: ProgressStore, learner: Int64,
                clock: any WorldClock) throws {
        guard let record = try store.examSession(id) else { throw ExamRunError.noSuchSession(id) }
        var items: [ExamItem] = []
        for answer in record.answers {
            guard let item = bank.item(answer.itemID) else { throw ExamRunError.itemRemoved(answer.itemID) }
            items.append(item)
        }
        self.record = record
        self.items = items
        self.store = store
        self.learner = learner
        self.clock = clock
    }

    public var isSubmitted: Bool { record.submittedAt != nil }

    /// Seconds left before a timed exam submits itself; nil for untimed sessions.
    public var remaining: TimeInterval? {
        record.deadline.map { max(0, $0.timeIntervalSince(clock.now)) }
    }

    public var isOverdue: Bool { record.deadline.map { clock.now >= $0 } ?? false }

    /// Display order of an item's options: a fixed shuffle per session and item, so options never
    /// sit where an author happened to put the answer, and a resumed session shows the same order.
    public func optionOrder(at position: Int) -> [Int] {
        var rng = SeededGenerator(text: "\(record.id):\(items[position].id)")
        return Array(items[position].options.indices).shuffled(using: &rng)
    }

    /// Records an answer given as original option indices. In a timed exam an answer after the
    /// deadline is not taken: the exam is submitted as it stood.
    public func answer(position: Int, chosen: Set<Int>, seconds: Double) throws -> Outcome {
        try record(position: position, chosen: chosen, correct: items[position].isCorrect(chosen), seconds: seconds)
    }

    /// Records a hands-on item's outcome: its checks passed or not.
    public func answerHandsOn(position: Int, passed: Bool, seconds: Double) throws -> Outcome {
        try record(position: position, chosen: nil, correct: passed, seconds: seconds)
    }

    private func record(position: Int, chosen: Set<Int>?, correct: Bool, seconds: Double) throws -> Outcome {
        if isOverdue { return .timeUp(try submit()) }
        try store.recordExamAnswer(session: record.id, position: position, chosen: chosen ?? [], correct: correct,
                                   at: clock.now, seconds: seconds)
        record.answers[position].chosen = chosen
        record.answers[position].correct = correct
        record.answers[position].answeredAt = clock.now
        record.answers[position].seconds += seconds
        if record.mode != .take { try reschedule(position: position) }
        return .recorded(correct: correct)
    }

    /// Adds viewing time to an item the learner moved away from without answering.
    public func spend(seconds: Double, at position: Int) throws {
        try store.addExamTime(session: record.id, position: position, seconds: seconds)
        record.answers[position].seconds += seconds
    }

    public func toggleFlag(at position: Int) throws {
        let flagged = !record.answers[position].flagged
        try store.setExamFlag(session: record.id, position: position, flagged: flagged)
        record.answers[position].flagged = flagged
    }

    /// Grades the whole session and closes it; a timed exam's answers now enter drill scheduling.
    @discardableResult
    public func submit() throws -> ExamScore {
        let score = self.score
        guard !isSubmitted else { return score }
        let now = clock.now
        let timed = record.mode == .take
        try store.submitExamSession(record.id, at: now, score: timed ? score : nil)
        record.submittedAt = now
        guard timed else { return score }
        record.scaledScore = score.scaled
        record.passed = score.passed
        for position in record.answers.indices {
            if record.answers[position].correct == nil { record.answers[position].correct = false }
            try reschedule(position: position)
        }
        return score
    }

    /// A timed exam counts every item, unanswered ones as wrong; practice and drill count only
    /// what was answered, so stopping early does not record items as missed.
    public var score: ExamScore {
        let counted = record.mode == .take ? Array(record.answers.indices)
            : record.answers.indices.filter { record.answers[$0].correct != nil }
        return ExamScore(items: counted.map { items[$0] }, correctness: counted.map { record.answers[$0].correct ?? false })
    }

    public var unansweredCount: Int { record.answers.filter { $0.chosen == nil }.count }

    /// Feeds an answer into SM-2: items answered wrong or slowly enter drill; items already in
    /// drill move on with every answer.
    private func reschedule(position: Int) throws {
        let answer = record.answers[position]
        let quality = RecallSchedule.quality(correct: answer.correct ?? false, seconds: answer.seconds)
        let existing = try store.recallSchedule(learner: learner, item: answer.itemID)
        guard existing != nil || quality <= 3 else { return }
        let schedule = (existing ?? .new(at: clock.now)).reviewed(quality: quality, at: clock.now)
        try store.saveRecallSchedule(schedule, learner: learner, item: answer.itemID)
    }
}

public enum ExamRunError: Error, Equatable, CustomStringConvertible {
    case noSuchSession(Int64)
    case itemRemoved(String)

    public var description: String {
        switch self {
        case .noSuchSession(let id): return "no exam session \(id) in this workspace"
        case .itemRemoved(let item): return "exam item \(item) of this session is no longer in the question bank"
        }
    }
}
