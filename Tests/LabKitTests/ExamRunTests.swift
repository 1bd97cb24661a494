import CloudSim
import Foundation
import Testing
@testable import LabKit

@Suite struct ExamRunTests {
    let tmp = TemporaryDirectory()
    let clock = ManualClock()

    func store() throws -> (ProgressStore, Int64) {
        let store = try ProgressStore(at: tmp.path("p.sqlite"))
        return (store, try store.learnerID(named: "ana", at: clock.now))
    }

    func items(_ count: Int) -> [ExamItem] {
        (1...count).map { ExamFixtures.item("ing-\($0)", select: $0 % 3 == 0 ? 2 : 1) }
    }

    @Test func aTimedExamRunsOneHundredThirtyMinutesThenSubmitsItself() throws {
        let (store, me) = try store()
        let run = try ExamRun(start: .take, items: items(65), store: store, learner: me, clock: clock)
        #expect(abs((run.remaining ?? 0) - 130 * 60) < 0.01)
        #expect(try run.answer(position: 0, chosen: [0], seconds: 50) == .recorded(correct: true))
        clock.advance(by: 129 * 60)
        #expect(try run.answer(position: 1, chosen: [1], seconds: 50) == .recorded(correct: false))
        clock.advance(by: 60)
        #expect(run.remaining == 0)
        guard case .timeUp(let score) = try run.answer(position: 2, chosen: [0, 1], seconds: 5) else {
            Issue.record("an answer after the deadline must submit the exam")
            return
        }
        #expect(score.correct == 1)
        #expect(score.total == 65)
        let stored = try #require(try store.examSession(run.record.id))
        #expect(stored.submittedAt == clock.now)
        #expect(stored.scaledScore == 114)
        #expect(stored.passed == false)
        #expect(stored.answers.prefix(4).map(\.correct) == [true, false, false, false])
        #expect(stored.answers[2].chosen == nil)
    }

    @Test func aShorterMockExamKeepsTwoMinutesAQuestion() throws {
        let (store, me) = try store()
        let run = try ExamRun(start: .take, items: items(5), store: store, learner: me, clock: clock)
        #expect(abs((run.remaining ?? 0) - 600) < 0.01)
    }

    @Test func aTimedExamResumesWithItsAnswersFlagsAndDeadline() throws {
        let (store, me) = try store()
        let bank = ExamBank(items: items(5))
        let first = try ExamRun(start: .take, items: bank.items, store: store, learner: me, clock: clock)
        _ = try first.answer(position: 0, chosen: [0], seconds: 10)
        _ = try first.answer(position: 0, chosen: [2], seconds: 15)
        try first.toggleFlag(at: 3)
        try first.spend(seconds: 7, at: 3)
        clock.advance(by: 300)

        let open = try #require(try store.openTimedExam(learner: me))
        let again = try ExamRun(resume: open.id, bank: bank, store: store, learner: me, clock: clock)
        #expect(again.record.answers[0].chosen == [2])
        #expect(again.record.answers[0].correct == false)
        #expect(again.record.answers[0].seconds == 25)
        #expect(again.record.answers[3].flagged)
        #expect(again.record.answers[3].seconds == 7)
        #expect(abs((again.remaining ?? 0) - 300) < 0.01)
        #expect(again.optionOrder(at: 2) == first.optionOrder(at: 2))
        #expect(again.unansweredCount == 4)
        try again.submit()
        #expect(try store.openTimedExam(learner: me) == nil)
    }

    @Test func resumingFailsClearlyWhenAnItemLeftTheBank() throws {
        let (store, me) = try store()
        let run = try ExamRun(start: .take, items: items(2), store: store, learner: me, clock: clock)
        #expect(throws: ExamRunError.itemRemoved("ing-2")) {
            try ExamRun(resume: run.record.id, bank: ExamBank(items: [items(1)[0]]), store: store, learner: me, clock: clock)
        }
        #expect(throws: ExamRunError.noSuchSession(99)) {
            try ExamRun(resume: 99, bank: ExamBank(items: []), store: store, learner: me, clock: clock)
        }
    }

    @Test func practiceScoresOnlyWhatWasAnswered() throws {
        let (store, me) = try store()
        let run = try ExamRun(start: .practice, items: items(5), store: store, learner: me, clock: clock)
        #expect(run.remaining == nil)
        _ = try run.answer(position: 0, chosen: [0], seconds: 20)
        _ = try run.answer(position: 1, chosen: [3], seconds: 20)
        let score = try run.submit()
        #expect(score.total == 2)
        #expect(score.correct == 1)
        #expect(try store.examSession(run.record.id)?.answers.map(\.correct) == [true, false, nil, nil, nil])
    }

    @Test func multipleResponseNeedsExactlyTheCorrectSet() throws {
        let item = ExamFixtures.item("ing-9", select: 2)
        #expect(item.isCorrect([0, 1]))
        #expect(!item.isCorrect([0]))
        #expect(!item.isCorrect([0, 1, 2]))
        #expect(!item.isCorrect([0, 2]))
    }

    @Test func optionOrdersAreShuffledButFixedPerSessionAndItem() throws {
        let (store, me) = try store()
        let run = try ExamRun(start: .practice, items: items(12), store: store, learner: me, clock: clock)
        let orders = run.items.indices.map(run.optionOrder(at:))
        #expect(orders.allSatisfy { Set($0) == Set(0..<$0.count) })
        #expect(orders.contains { $0 != Array(0..<$0.count) })
        #expect(orders == run.items.indices.map(run.optionOrder(at:)))
    }

    @Test func wrongAndSlowAnswersEnterDrillAndQuickRightOnesDoNot() throws {
        let (store, me) = try store()
        let run = try ExamRun(start: .practice, items: items(3), store: store, learner: me, clock: clock)
        _ = try run.answer(position: 0, chosen: [3], seconds: 20)
        _ = try run.answer(position: 1, chosen: [0], seconds: 300)
        _ = try run.answer(position: 2, chosen: [0, 1], seconds: 20)
        #expect(try store.recallSchedule(learner: me, item: "ing-1")?.intervalDays == 1)
        #expect(try store.recallSchedule(learner: me, item: "ing-2")?.repetitions == 1)
        #expect(try store.recallSchedule(learner: me, item: "ing-3") == nil)
        #expect(try store.dueItems(learner: me, at: clock.now).isEmpty)
        #expect(try store.dueItems(learner: me, at: clock.now + 86_400) == ["ing-1", "ing-2"])
        #expect(try store.nextDue(learner: me) == clock.now + 86_400)
    }

    @Test func aTimedExamSchedulesDrillOnlyAtSubmit() throws {
        let (store, me) = try store()
        let run = try ExamRun(start: .take, items: items(2), store: store, learner: me, clock: clock)
        _ = try run.answer(position: 0, chosen: [3], seconds: 20)
        #expect(try store.recallSchedule(learner: me, item: "ing-1") == nil)
        try run.submit()
        #expect(try store.recallSchedule(learner: me, item: "ing-1") != nil)
        #expect(try store.recallSchedule(learner: me, item: "ing-2") != nil)
    }

    @Test func reviewListsWrongAndFlaggedItemsByTheirLatestAnswer() throws {
        let (store, me) = try store()
        let bank = ExamBank(items: items(4))
        let first = try ExamRun(start: .practice, items: bank.items, store: store, learner: me, clock: clock)
        _ = try first.answer(position: 0, chosen: [3], seconds: 1)
        _ = try first.answer(position: 1, chosen: [3], seconds: 1)
        try first.submit()
        clock.advance(by: 60)
        let second = try ExamRun(start: .take, items: [bank.items[1], bank.items[3]], store: store, learner: me, clock: clock)
        _ = try second.answer(position: 0, chosen: [0], seconds: 1)
        try second.toggleFlag(at: 1)
        try second.submit()
        let review = try ExamReviewList(store: store, bank: bank, learner: me)
        #expect(review.entries.map(\.item.id) == ["ing-4", "ing-1"])
        #expect(review.entries[0].flagged && review.entries[0].wrong)
        #expect(review.entries[1].chosen == [3])
    }
}

@Suite struct ExamScoringTests {
    @Test func scaledScoresRunFrom100To1000AndPassAt720() {
        let items = (1...65).map { ExamFixtures.item("ing-\($0)") }
        func score(_ right: Int) -> ExamScore { ExamScore(items: items, correctness: (0..<65).map { $0 < right }) }
        #expect(score(0).scaled == 100)
        #expect(score(65).scaled == 1000)
        #expect(score(45).scaled == 723)
        #expect(score(45).passed)
        #expect(score(44).scaled == 709)
        #expect(!score(44).passed)
    }

    @Test func theBreakdownIsPerDomain() {
        let items = [ExamFixtures.item("ing-1"), ExamFixtures.item("sec-1", domain: .security),
                     ExamFixtures.item("sec-2", domain: .security)]
        let score = ExamScore(items: items, correctness: [true, true, false])
        #expect(score.domains.map(\.domain) == [.ingestion, .security])
        #expect(score.domains[1].correct == 1)
        #expect(score.domains[1].percent == 50)
    }

    @Test func sm2GrowsIntervalsOnGoodRecallAndRestartsOnFailure() {
        let start = Date(timeIntervalSince1970: 0)
        var schedule = RecallSchedule.new(at: start)
        schedule = schedule.reviewed(quality: 4, at: start)
        #expect(schedule.intervalDays == 1)
        schedule = schedule.reviewed(quality: 4, at: start)
        #expect(schedule.intervalDays == 6)
        schedule = schedule.reviewed(quality: 5, at: start)
        #expect(schedule.intervalDays == (6 * schedule.easiness).rounded())
        #expect(schedule.easiness > 2.5)
        schedule = schedule.reviewed(quality: 1, at: start)
        #expect(schedule.repetitions == 0)
        #expect(schedule.intervalDays == 1)
        #expect(schedule.dueAt == start + 86_400)
        var hard = RecallSchedule.new(at: start)
        for _ in 0..<20 { hard = hard.reviewed(quality: 0, at: start) }
        #expect(hard.easiness == 1.3)
    }

    @Test func answerQualityFollowsCorrectnessAndPace() {
        #expect(RecallSchedule.quality(correct: false, seconds: 5) == 1)
        #expect(RecallSchedule.quality(correct: true, seconds: 200) == 3)
        #expect(RecallSchedule.quality(correct: true, seconds: 60) == 4)
        #expect(RecallSchedule.quality(correct: true, seconds: 10) == 5)
    }

    @Test func readinessWeighsDomainsAndNeedsPracticeInEach() {
        let strong = ExamDomain.allCases.flatMap { domain in (0..<12).map { (domain: domain, correct: $0 < 10) } }
        let ready = ExamReadiness(outcomes: strong)
        #expect(ready.projectedScore == 847)  // 83% (10 of 12) in every domain
        #expect(ready.isReady)

        let lopsided = ExamReadiness(outcomes: (0..<40).map { _ in (domain: ExamDomain.ingestion, correct: true) })
        #expect(lopsided.projectedScore == 406)
        #expect(!lopsided.isReady)
        #expect(lopsided.focus == ExamDomain.storeManagement)
    }

    @Test func readinessTrendComparesRecentWithEarlierAnswers() {
        let answers = (0..<60).map { (domain: ExamDomain.security, correct: $0 >= 30) }
        let standing = ExamReadiness(outcomes: answers).standings[3]
        #expect(standing.answered == 60)
        #expect(standing.recent == 100)
        #expect(standing.previous == 0)
    }
}
