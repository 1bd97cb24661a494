/// How ready the learner looks for the real exam, from every graded answer so far: accuracy per
/// domain over recent answers, its trend, and a projected score weighted as the exam weights domains.
public struct ExamReadiness: Sendable, Equatable {
    /// Answers per domain that count as "recent" for accuracy and trend.
    public static let window = 30
    /// Fewer answers than this in a domain and its accuracy says too little to call anyone ready.
    public static let minimumPerDomain = 10

    public struct Standing: Sendable, Equatable {
        public var domain: ExamDomain
        public var answered: Int
        /// Percent right over the latest `window` answers; nil before any answer.
        public var recent: Int?
        /// Percent right over the `window` answers before those; nil when there were none.
        public var previous: Int?
    }

    public var standings: [Standing]

    /// `outcomes`: every graded answer in the order given, as (item's domain, right or wrong).
    public init(outcomes: [(domain: ExamDomain, correct: Bool)]) {
        standings = ExamDomain.allCases.map { domain in
            let answers = outcomes.filter { $0.domain == domain }.map(\.correct)
            let recent = answers.suffix(Self.window)
            let previous = answers.dropLast(recent.count).suffix(Self.window)
            return Standing(domain: domain, answered: answers.count, recent: Self.percent(recent),
                            previous: Self.percent(previous))
        }
    }

    /// 100–1000 like the exam's scale, weighting each domain's recent accuracy by its exam weight;
    /// a domain never practised counts as 0%.
    public var projectedScore: Int {
        let weighted = standings.reduce(0.0) { $0 + Double($1.domain.weight) * Double($1.recent ?? 0) / 100 }
        return 100 + Int((900 * weighted / 100).rounded())
    }

    public var isReady: Bool {
        projectedScore >= ExamScore.passingScore && standings.allSatisfy { $0.answered >= Self.minimumPerDomain }
    }

    /// The domain to work on next: the least practised if any is under the minimum, else the weakest.
    public var focus: ExamDomain? {
        if let thin = standings.filter({ $0.answered < Self.minimumPerDomain }).min(by: { $0.answered < $1.answered }) {
            return thin.domain
        }
        return standings.min(by: { ($0.recent ?? 0) < ($1.recent ?? 0) })?.domain
    }

    private static func percent(_ answers: some Collection<Bool>) -> Int? {
        guard !answers.isEmpty else { return nil }
        return Int((Double(answers.filter { $0 }.count) * 100 / Double(answers.count)).rounded())
    }
}
