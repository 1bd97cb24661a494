/// Decides, record by record, which planted fault (if any) a record carries, so that over the whole
/// stream each fault appears exactly its planned number of times at uniformly random positions.
/// Selection sampling (Knuth's Algorithm S) generalised to several kinds: a record gets kind `k`
/// with probability (faults of `k` still to place) / (records still to come). It needs no memory of
/// earlier records, which is what lets a 10-million-row fact table stream to disk.
struct FaultPlan<Fault: Sendable> {
    private let kinds: [Fault]
    private var remaining: [Int]
    private var recordsLeft: Int

    /// `counts` must add up to at most `records`.
    init(records: Int, counts: [(Fault, Int)]) {
        kinds = counts.map(\.0)
        recordsLeft = records
        let total = counts.map(\.1).reduce(0, +)
        remaining = total <= records ? counts.map(\.1) : counts.map { _ in 0 }
    }

    /// The fault the next record carries, or nil for a clean record.
    mutating func next(using random: inout SeededGenerator) -> Fault? {
        guard recordsLeft > 0 else { return nil }
        var draw = random.below(recordsLeft)
        recordsLeft -= 1
        for index in remaining.indices {
            if draw < remaining[index] {
                remaining[index] -= 1
                return kinds[index]
            }
            draw -= remaining[index]
        }
        return nil
    }
}
