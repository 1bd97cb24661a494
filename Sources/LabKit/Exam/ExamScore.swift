/// The outcome of a set of answers, shaped like the real exam's score report.
public struct ExamScore: Sendable, Equatable {
    public struct DomainResult: Sendable, Equatable {
        public var domain: ExamDomain
        public var correct: Int
        public var total: Int
        public var percent: Int { total == 0 ? 0 : Int((Double(correct) * 100 / Double(total)).rounded()) }
    }

    /// The real exam reports 100–1000 and passes at 720.
    public static let passingScore = 720

    public var correct: Int
    public var total: Int
    public var domains: [DomainResult]

    /// AWS does not publish how raw scores map to the scaled score (it equates forms of different
    /// difficulty); this lab maps linearly, so 720 needs about 69% of items right.
    public var scaled: Int {
        guard total > 0 else { return 100 }
        return 100 + Int((900 * Double(correct) / Double(total)).rounded())
    }

    public var passed: Bool { scaled >= Self.passingScore }

    /// Scores graded answers; an unanswered item counts as wrong, as on the real exam.
    public init(items: [ExamItem], correctness: [Bool]) {
        correct = correctness.filter { $0 }.count
        total = items.count
        domains = ExamDomain.allCases.compactMap { domain in
            let indices = items.indices.filter { items[$0].domain == domain }
            guard !indices.isEmpty else { return nil }
            return DomainResult(domain: domain, correct: indices.filter { correctness[$0] }.count, total: indices.count)
        }
    }
}
