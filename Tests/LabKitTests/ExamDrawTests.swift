import Testing
@testable import LabKit

@Suite struct ExamDrawTests {
    @Test func sixtyFiveItemsSplitByTheExamWeights() {
        #expect(ExamDraw.quota(total: 65) == [.ingestion: 22, .storeManagement: 17, .operations: 14, .security: 12])
    }

    @Test(arguments: [1, 7, 10, 20, 33, 65, 100])
    func quotasAlwaysAddUpAndStayWithinOneOfTheExactShare(_ total: Int) {
        let quota = ExamDraw.quota(total: total)
        #expect(quota.values.reduce(0, +) == total)
        for domain in ExamDomain.allCases {
            #expect(abs(Double(quota[domain, default: 0]) - Double(total * domain.weight) / 100) < 1)
        }
    }

    @Test func anExamFollowsTheQuotaWithDistinctItems() {
        var rng = SeededGenerator(seed: 7)
        let items = ExamDraw.exam(from: ExamFixtures.bank(perDomain: 30), total: 65, using: &rng)
        #expect(items.count == 65)
        #expect(Set(items.map(\.id)).count == 65)
        for (domain, count) in ExamDraw.quota(total: 65) {
            #expect(items.filter { $0.domain == domain }.count == count)
        }
    }

    @Test func aThinDomainIsFilledFromTheOthers() {
        var bank = ExamFixtures.bank(perDomain: 30).items.filter { $0.domain != .security }
        bank += [ExamFixtures.item("sec-1", domain: .security)]
        var rng = SeededGenerator(seed: 1)
        let items = ExamDraw.exam(from: ExamBank(items: bank), total: 65, using: &rng)
        #expect(items.count == 65)
        #expect(items.filter { $0.domain == .security }.count == 1)
    }

    @Test func theSameSeedDrawsTheSameExam() {
        var a = SeededGenerator(seed: 42), b = SeededGenerator(seed: 42)
        let bank = ExamFixtures.bank(perDomain: 20)
        #expect(ExamDraw.exam(from: bank, total: 30, using: &a).map(\.id) == ExamDraw.exam(from: bank, total: 30, using: &b).map(\.id))
    }

    @Test func practiceServesUnseenThenMissedThenMastered() {
        let items = (1...6).map { ExamFixtures.item("ing-\($0)") }
        let history = ["ing-1": true, "ing-2": false, "ing-3": true, "ing-4": false]
        var rng = SeededGenerator(seed: 3)
        let drawn = ExamDraw.practice(from: items, count: 5, history: history, using: &rng).map(\.id)
        #expect(Set(drawn.prefix(2)) == ["ing-5", "ing-6"])
        #expect(Set(drawn[2..<4]) == ["ing-2", "ing-4"])
        #expect(["ing-1", "ing-3"].contains(drawn[4]))
    }

    @Test func seededGeneratorsFromTextAreStable() {
        var a = SeededGenerator(text: "12:ing-001"), b = SeededGenerator(text: "12:ing-001")
        var c = SeededGenerator(text: "12:ing-002")
        let first = a.next()
        #expect(first == b.next())
        #expect(first != c.next())
    }
}
