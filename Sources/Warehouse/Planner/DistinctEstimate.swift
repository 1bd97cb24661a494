/// How many distinct values a table column holds, estimated from an evenly spread sample of its
/// rows with the GEE estimator (Charikar et al., "Towards estimation error guarantees for distinct
/// values", 2000): sqrt(N/n) x the values seen once, plus one for each value seen more often.
/// Join ordering needs only the magnitude: 25 nation keys against 150,000 customer keys. The
/// sample boxes at most `sampleSize` values, once per join column per query.
enum DistinctEstimate {
    static let sampleSize = 1024

    static func of(_ storage: TableStorage, column: Int) -> Double {
        let total = storage.rowCount
        guard total > 0 else { return 1 }
        guard let batches = try? storage.scan(projection: [column]) else { return 1 }
        let wanted = min(sampleSize, total)
        var counts: [Datum: Int] = [:]
        var batchIndex = 0, batchStart = 0
        for index in 0..<wanted {
            let row = index * total / wanted
            while batchIndex < batches.count && row >= batchStart + batches[batchIndex].count {
                batchStart += batches[batchIndex].count
                batchIndex += 1
            }
            guard batchIndex < batches.count else { break }
            counts[batches[batchIndex].columns[0].datum(at: row - batchStart), default: 0] += 1
        }
        let sampled = counts.values.reduce(0, +)
        guard sampled > 0 else { return 1 }
        let once = counts.values.filter { $0 == 1 }.count
        let estimate = (Double(total) / Double(sampled)).squareRoot() * Double(once) + Double(counts.count - once)
        return min(max(estimate, 1), Double(total))
    }
}
