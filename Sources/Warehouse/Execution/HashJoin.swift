/// Joins two inputs. With equality keys it builds a hash table on one input (the smaller,
/// except that right and full joins build the right) and streams the other's batches past it, on every
/// core when the keys and condition need nothing from the statement's context; without keys
/// every pair is a candidate (nested loop). A residual condition filters candidate pairs a
/// slice at a time; outer joins add the unmatched rows of their preserved side with NULLs;
/// semi and anti joins keep the left rows with and without a match.
///
/// Only the build input is gathered into one batch; the output comes as batches of at most
/// `pairBatchSize` rows, so the operators above it keep working a batch at a time.
struct HashJoin {
    let join: JoinPlan
    let evaluator: ExpressionEvaluator

    /// Candidate pairs handed to the residual condition, and rows per output batch.
    private static let pairBatchSize = Batch.preferredRowCount
    /// The most candidate pairs a join without equality keys may produce.
    private static let maximumCrossPairs = 50_000_000

    /// Whether the join outputs only the left rows with (semi) or without (anti) a match.
    private var filtersLeft: Bool { join.kind == .semi || join.kind == .anti }

    func run(left: Relation, right: Relation) throws -> Relation {
        let buildLeft = join.kind != .right && join.kind != .full && left.rowCount < right.rowCount
        let build = try (buildLeft ? left : right).combined()
        let probe = buildLeft ? right : left
        let probeKeys = buildLeft ? join.rightKeys : join.leftKeys
        var table: JoinHashTable?
        if join.leftKeys.isEmpty {
            let (pairs, overflow) = left.rowCount.multipliedReportingOverflow(by: right.rowCount)
            guard !overflow, pairs <= Self.maximumCrossPairs else {
                throw SQLError("54000", "the join of \(left.rowCount) by \(right.rowCount) rows without an equality condition is too large")
            }
        } else {
            let buildKeys = try (buildLeft ? join.leftKeys : join.rightKeys).map { try evaluator.evaluate($0, build) }
            table = JoinHashTable(try JoinKeys(buildKeys, rowCount: build.count, integral: integralKeys))
        }
        let parallel = ParallelBatches.independent(probeKeys + (join.residual.map { [$0] } ?? []))
        let results = try ParallelBatches.map(probe.batches, parallel: parallel) { batch in
            try self.probe(batch.compacted(), keys: probeKeys, build: build, table: table, buildLeft: buildLeft)
        }
        var batches = results.flatMap(\.batches)
        if tracksBuild(buildLeft: buildLeft) {
            var matched = [Bool](repeating: false, count: build.count)
            for result in results {
                for row in result.matchedBuild { matched[Int(row)] = true }
            }
            if filtersLeft {
                let wanted = join.kind == .semi
                batches += Self.chunked(build, rows: (0..<build.count).filter { matched[$0] == wanted })
            } else {
                let unmatched = (0..<build.count).filter { !matched[$0] }.map { Int32($0) }
                batches += try padded(build, unmatched, missing: (buildLeft ? right : left).types, missingFirst: !buildLeft)
            }
        }
        return Relation(types: filtersLeft ? left.types : left.types + right.types, batches: batches)
    }

    /// Whether the build input's matched rows are collected over every probe batch: when it is
    /// the input a semi or anti join filters, or the preserved input of an outer join.
    private func tracksBuild(buildLeft: Bool) -> Bool {
        buildLeft ? join.kind != .inner : join.kind == .right || join.kind == .full
    }

    /// Whether each probe batch's matched rows are collected: the probe input is the left one
    /// and the join filters or preserves it.
    private func tracksProbe(buildLeft: Bool) -> Bool {
        !buildLeft && join.kind != .inner && join.kind != .right
    }

    /// `rows` of `input` in batches of at most `pairBatchSize` rows.
    private static func chunked(_ input: Batch, rows: [Int]) -> [Batch] {
        stride(from: 0, to: rows.count, by: pairBatchSize).map { start in
            let selection = SelectionVector(rows[start..<min(start + pairBatchSize, rows.count)].map { UInt32($0) })
            return input.selecting(selection)
        }
    }

    /// Whether both inputs' keys are integers, so that `JoinKeys` compares them as `Int64`.
    private var integralKeys: Bool {
        JoinKeys.integral(join.leftKeys.map(\.type), join.rightKeys.map(\.type))
    }

    /// One probe batch's output batches, and the build rows it matched (for right and full
    /// joins, which add the unmatched build rows once every batch is probed).
    private struct ProbeResult {
        var batches: [Batch] = []
        var matchedBuild: [Int32] = []
    }

    private func probe(_ rows: Batch, keys: [BoundExpression], build: Batch, table: JoinHashTable?,
                       buildLeft: Bool) throws -> ProbeResult {
        let (probeRows, buildRows): ([Int32], [Int32])
        if let table {
            let probeKeys = try JoinKeys(keys.map { try evaluator.evaluate($0, rows) }, rowCount: rows.count,
                                         integral: integralKeys)
            (probeRows, buildRows) = table.pairs(probeKeys, firstOnly: filtersLeft && !buildLeft && join.residual == nil)
        } else {
            (probeRows, buildRows) = Self.crossPairs(rows.count, build.count)
        }
        var result = ProbeResult()
        let probeTracked = tracksProbe(buildLeft: buildLeft), buildTracked = tracksBuild(buildLeft: buildLeft)
        var matchedProbe = [Bool](repeating: false, count: probeTracked ? rows.count : 0)
        var start = 0
        while start < probeRows.count {
            let end = min(start + Self.pairBatchSize, probeRows.count)
            var probeSlice = Array(probeRows[start..<end]), buildSlice = Array(buildRows[start..<end])
            start = end
            if !filtersLeft || join.residual != nil {
                var pairs = try pairBatch(rows, probeSlice, build, buildSlice, buildLeft: buildLeft)
                if let residual = join.residual {
                    let kept = try BooleanKernel.trueRows(evaluator.evaluate(residual, pairs))
                    if kept.isEmpty { continue }
                    if kept.count < pairs.count {
                        probeSlice = kept.indices.map { probeSlice[Int($0)] }
                        buildSlice = kept.indices.map { buildSlice[Int($0)] }
                        pairs.selection = kept
                    }
                }
                if !filtersLeft { result.batches.append(pairs) }
            }
            if probeTracked {
                for row in probeSlice { matchedProbe[Int(row)] = true }
            }
            if buildTracked { result.matchedBuild += buildSlice }
        }
        guard probeTracked else { return result }
        if filtersLeft {
            let wanted = join.kind == .semi
            let keep = SelectionVector((0..<rows.count).filter { matchedProbe[$0] == wanted }.map { UInt32($0) })
            if !keep.isEmpty { result.batches.append(rows.selecting(keep)) }
        } else {
            let unmatched = (0..<rows.count).filter { !matchedProbe[$0] }.map { Int32($0) }
            result.batches += try padded(rows, unmatched, missing: build.columns.map(\.type), missingFirst: false)
        }
        return result
    }

    /// The joined rows of the pairs: left columns, then right columns.
    private func pairBatch(_ probe: Batch, _ probeRows: [Int32], _ build: Batch, _ buildRows: [Int32],
                           buildLeft: Bool) throws -> Batch {
        let probeSelection = SelectionVector(probeRows.map { UInt32(truncatingIfNeeded: $0) })
        let buildSelection = SelectionVector(buildRows.map { UInt32(truncatingIfNeeded: $0) })
        let probeColumns = probe.columns.map { $0.gathered(probeSelection) }
        let buildColumns = build.columns.map { $0.gathered(buildSelection) }
        return try Batch(columns: buildLeft ? buildColumns + probeColumns : probeColumns + buildColumns,
                         count: probeRows.count)
    }

    /// Outer join rows without a partner: `rows` of `input` with NULLs for the other input's
    /// columns (`missing`), which come first when the other input is the left one.
    private func padded(_ input: Batch, _ rows: [Int32], missing: [DataType], missingFirst: Bool) throws -> [Batch] {
        var batches: [Batch] = []
        var start = 0
        while start < rows.count {
            let end = min(start + Self.pairBatchSize, rows.count)
            let selection = SelectionVector(rows[start..<end].map { UInt32($0) })
            let present = input.columns.map { $0.gathered(selection) }
            let nulls = try missing.map { try ColumnVector(repeating: .null, type: $0, count: end - start) }
            batches.append(try Batch(columns: missingFirst ? nulls + present : present + nulls, count: end - start))
            start = end
        }
        return batches
    }

    /// Every (probe row, build row) pair, probe rows ascending.
    private static func crossPairs(_ probeCount: Int, _ buildCount: Int) -> ([Int32], [Int32]) {
        var probeRows: [Int32] = [], buildRows: [Int32] = []
        probeRows.reserveCapacity(probeCount * buildCount)
        buildRows.reserveCapacity(probeCount * buildCount)
        for probe in 0..<probeCount {
            for build in 0..<buildCount {
                probeRows.append(Int32(probe))
                buildRows.append(Int32(build))
            }
        }
        return (probeRows, buildRows)
    }
}
