/// How exam items are chosen: a real-exam draw spread by domain weight, and practice sets that
/// favour what the learner has not yet mastered.
public enum ExamDraw {
    /// Items per domain for an exam of `total` items, by the largest-remainder method so the counts
    /// add up exactly and follow the weights as closely as whole numbers allow (65 → 22, 17, 14, 12).
    public static func quota(total: Int) -> [ExamDomain: Int] {
        let exact = ExamDomain.allCases.map { (domain: $0, share: Double(total * $0.weight) / 100) }
        var counts = Dictionary(uniqueKeysWithValues: exact.map { ($0.domain, Int($0.share)) })
        let missing = total - counts.values.reduce(0, +)
        let byRemainder = exact.sorted {
            ($0.share - $0.share.rounded(.down), $1.domain.rawValue) > ($1.share - $1.share.rounded(.down), $0.domain.rawValue)
        }
        for entry in byRemainder.prefix(missing) { counts[entry.domain, default: 0] += 1 }
        return counts
    }

    /// A full exam: each domain's quota drawn at random from its items, then shuffled together.
    /// A domain with too few items gives what it has and the others fill the gap, so the exam
    /// always has `total` items when the bank does. Hands-on items stay out: the real exam has none.
    public static func exam(from bank: ExamBank, total: Int, using rng: inout some RandomNumberGenerator) -> [ExamItem] {
        var chosen: [ExamItem] = []
        var leftovers: [ExamItem] = []
        for (domain, count) in quota(total: total).sorted(by: { $0.key < $1.key }) {
            let pool = bank.items(in: domain).filter { !$0.isHandsOn }.shuffled(using: &rng)
            chosen += pool.prefix(count)
            leftovers += pool.dropFirst(count)
        }
        chosen += leftovers.shuffled(using: &rng).prefix(max(0, total - chosen.count))
        return chosen.shuffled(using: &rng)
    }

    /// A practice set: unseen items first, then items last answered wrong, then the rest, each
    /// group in random order.
    public static func practice(from items: [ExamItem], count: Int, history: [String: Bool],
                                using rng: inout some RandomNumberGenerator) -> [ExamItem] {
        let unseen = items.filter { history[$0.id] == nil }
        let missed = items.filter { history[$0.id] == false }
        let mastered = items.filter { history[$0.id] == true }
        let ordered = unseen.shuffled(using: &rng) + missed.shuffled(using: &rng) + mastered.shuffled(using: &rng)
        return Array(ordered.prefix(count))
    }
}
