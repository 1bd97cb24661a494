/// Joins two inputs. With equality keys it builds a hash table on the smaller input (for inner
/// joins; the right input otherwise) and probes it with the other; without keys every pair is
/// a candidate (nested loop). A residual condition filters candidate pairs a batch at a time;
/// outer joins then add the unmatched rows of their preserved side with NULLs; semi and anti
/// joins keep the left rows with and without a match.
struct HashJoin {
    let join: JoinPlan
    let evaluator: ExpressionEvaluator

    /// Candidate pairs handed to the residual condition at a time.
    private static let pairBatchSize = Batch.preferredRowCount

    func run(left: Relation, right: Relation) throws -> Relation {
        let leftRows = try left.combined(), rightRows = try right.combined()
        var (leftIndices, rightIndices) = try join.leftKeys.isEmpty
            ? allPairs(leftRows.count, rightRows.count)
            : try matchingPairs(leftRows, rightRows)
        if let residual = join.residual {
            (leftIndices, rightIndices) = try filterPairs(leftIndices, rightIndices, leftRows, rightRows, residual)
        }
        if join.kind == .semi || join.kind == .anti {
            var matched = [Bool](repeating: false, count: leftRows.count)
            for index in leftIndices { matched[Int(index)] = true }
            let keep = SelectionVector((0..<leftRows.count).filter { matched[$0] == (join.kind == .semi) }.map { UInt32($0) })
            return Relation(types: left.types, batches: [try Batch(columns: leftRows.columns.map { $0.gathered(keep) }, count: keep.count)])
        }
        if join.kind == .left || join.kind == .full {
            var matched = [Bool](repeating: false, count: leftRows.count)
            for index in leftIndices { matched[Int(index)] = true }
            for row in 0..<leftRows.count where !matched[row] {
                leftIndices.append(Int32(row))
                rightIndices.append(-1)
            }
        }
        if join.kind == .right || join.kind == .full {
            var matched = [Bool](repeating: false, count: rightRows.count)
            for index in rightIndices where index >= 0 { matched[Int(index)] = true }
            for row in 0..<rightRows.count where !matched[row] {
                leftIndices.append(-1)
                rightIndices.append(Int32(row))
            }
        }
        let columns = try leftRows.columns.map { try $0.gathered(nullable: leftIndices) }
            + rightRows.columns.map { try $0.gathered(nullable: rightIndices) }
        return Relation(types: left.types + right.types, batches: [try Batch(columns: columns, count: leftIndices.count)])
    }

    private func allPairs(_ leftCount: Int, _ rightCount: Int) throws -> ([Int32], [Int32]) {
        guard leftCount * rightCount <= 50_000_000 else {
            throw SQLError("54000", "the join of \(leftCount) by \(rightCount) rows without an equality condition is too large")
        }
        var leftIndices: [Int32] = [], rightIndices: [Int32] = []
        leftIndices.reserveCapacity(leftCount * rightCount)
        rightIndices.reserveCapacity(leftCount * rightCount)
        for l in 0..<leftCount {
            for r in 0..<rightCount {
                leftIndices.append(Int32(l))
                rightIndices.append(Int32(r))
            }
        }
        return (leftIndices, rightIndices)
    }

    /// Pairs with equal keys. Rows with a NULL key never match.
    private func matchingPairs(_ leftRows: Batch, _ rightRows: Batch) throws -> ([Int32], [Int32]) {
        let leftKeys = try join.leftKeys.map { try evaluator.evaluate($0, leftRows) }
        let rightKeys = try join.rightKeys.map { try evaluator.evaluate($0, rightRows) }
        let buildLeft = join.kind == .inner && leftRows.count < rightRows.count
        let (buildKeys, probeKeys) = buildLeft ? (leftKeys, rightKeys) : (rightKeys, leftKeys)
        let buildCount = buildLeft ? leftRows.count : rightRows.count
        let probeCount = buildLeft ? rightRows.count : leftRows.count

        let buildPresent = (0..<buildCount).filter { row in !buildKeys.contains { $0.isNull(row) } }
        let selection = SelectionVector(buildPresent.map { UInt32($0) })
        var table = KeyHashTable(types: buildKeys.map(\.type))
        let (ids, _) = try table.insert(buildKeys.map { $0.gathered(selection) }, rowCount: buildPresent.count)
        // The build rows of each key as a chain through flat arrays (first row of the key, next
        // row after each), built backwards so every chain runs in row order.
        var firstOfKey = [Int32](repeating: -1, count: table.count)
        var nextOfRow = [Int32](repeating: -1, count: ids.count)
        for position in ids.indices.reversed() {
            let key = Int(ids[position])
            nextOfRow[position] = firstOfKey[key]
            firstOfKey[key] = Int32(position)
        }

        let found = try table.lookup(probeKeys, rowCount: probeCount)
        var probeIndices: [Int32] = [], buildIndices: [Int32] = []
        probeIndices.reserveCapacity(probeCount)
        buildIndices.reserveCapacity(probeCount)
        for row in 0..<probeCount {
            guard let id = found[row], !probeKeys.contains(where: { $0.isNull(row) }) else { continue }
            var position = firstOfKey[Int(id)]
            while position >= 0 {
                probeIndices.append(Int32(row))
                buildIndices.append(Int32(buildPresent[Int(position)]))
                position = nextOfRow[Int(position)]
            }
        }
        return buildLeft ? (buildIndices, probeIndices) : (probeIndices, buildIndices)
    }

    private func filterPairs(_ leftIndices: [Int32], _ rightIndices: [Int32], _ leftRows: Batch, _ rightRows: Batch,
                             _ residual: BoundExpression) throws -> ([Int32], [Int32]) {
        var keptLeft: [Int32] = [], keptRight: [Int32] = []
        var start = 0
        while start < leftIndices.count {
            let end = min(start + Self.pairBatchSize, leftIndices.count)
            let l = Array(leftIndices[start..<end]), r = Array(rightIndices[start..<end])
            let columns = try leftRows.columns.map { try $0.gathered(nullable: l) } + rightRows.columns.map { try $0.gathered(nullable: r) }
            let pairs = try Batch(columns: columns, count: end - start)
            for row in try BooleanKernel.trueRows(evaluator.evaluate(residual, pairs)).indices {
                keptLeft.append(l[Int(row)])
                keptRight.append(r[Int(row)])
            }
            start = end
        }
        return (keptLeft, keptRight)
    }
}
