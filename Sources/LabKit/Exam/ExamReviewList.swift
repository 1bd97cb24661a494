/// The items worth another look: those whose latest answer was wrong, or that were flagged in
/// their latest session, most recent first.
public struct ExamReviewList {
    public struct Entry {
        public var item: ExamItem
        public var chosen: Set<Int>?
        public var wrong: Bool
        public var flagged: Bool
    }

    public let entries: [Entry]

    public init(store: ProgressStore, bank: ExamBank, learner: Int64) throws {
        var latest: [String: ExamAnswer] = [:]
        var order: [String] = []
        for session in try store.examSessions(learner: learner) where session.mode != .review {
            for answer in session.answers where answer.correct != nil || answer.flagged {
                if latest[answer.itemID] == nil { order.append(answer.itemID) }
                latest[answer.itemID] = answer
            }
        }
        entries = order.reversed().compactMap { id in
            guard let answer = latest[id], let item = bank.item(id) else { return nil }
            let wrong = answer.correct == false
            guard wrong || answer.flagged else { return nil }
            return Entry(item: item, chosen: answer.chosen, wrong: wrong, flagged: answer.flagged)
        }
    }
}
