/// Computes window functions: sorts the rows by partition and order keys, then walks each
/// partition. Ranking and LAG/LEAD are positional; aggregates over a frame feed one grouped
/// accumulator with (frame row, output row) pairs, a bounded number at a time, so any
/// aggregate of the function catalog works over any ROWS frame.
struct WindowOperator {
    let functions: [WindowFunctionPlan]
    let evaluator: ExpressionEvaluator

    /// Frame pairs handed to an accumulator per call.
    private static let pairChunk = 1 << 16

    func run(_ input: Relation) throws -> Relation {
        let rows = try input.combined()
        var columns = rows.columns
        for function in functions { columns.append(try compute(function, rows)) }
        return Relation(types: input.types + functions.map(\.type), batches: [try Batch(columns: columns, count: rows.count)])
    }

    private func compute(_ function: WindowFunctionPlan, _ rows: Batch) throws -> ColumnVector {
        let partitionKeys = try function.partitionBy.map { try evaluator.evaluate($0, rows) }
        let orderKeys = try function.orderBy.map { try evaluator.evaluate($0.expression, rows) }
        let partitions = try self.partitions(rows.count, partitionKeys, orderKeys, function.orderBy)
        let arguments = try function.arguments.map { try evaluator.evaluate($0, rows) }
        func peers(_ a: Int, _ b: Int) -> Bool { orderKeys.allSatisfy { RowComparison.equal($0, a, $0, b) } }

        switch function.kind {
        case .rowNumber, .rank, .denseRank:
            var values = [Int64](repeating: 0, count: rows.count)
            for members in partitions {
                var rank: Int64 = 0, dense: Int64 = 0
                for (position, row) in members.enumerated() {
                    let newPeerGroup = position == 0 || !peers(row, members[position - 1])
                    if newPeerGroup {
                        rank = Int64(position + 1)
                        dense += 1
                    }
                    switch function.kind {
                    case .rowNumber: values[row] = Int64(position + 1)
                    case .rank: values[row] = rank
                    default: values[row] = dense
                    }
                }
            }
            let numbers = ColumnVector(uncheckedType: .bigint, storage: .int64(FixedWidthVector(values: values)))
            return try CastKernel.cast(numbers, to: function.type)
        case .percentRank, .cumeDist, .ntile:
            return distribution(function.kind, partitions, peers, rowCount: rows.count)
        case .shift(let offset):
            var source = [Int32](repeating: -1, count: rows.count)
            for members in partitions {
                for (position, row) in members.enumerated() where members.indices.contains(position + offset) {
                    source[row] = Int32(members[position + offset])
                }
            }
            let shifted = try arguments[0].gathered(nullable: source)
            guard arguments.count > 1 else { return shifted }
            let choice = source.map { $0 < 0 ? 1 : 0 }
            return try ColumnVector.choosing(from: [shifted, arguments[1]], choice: choice, type: function.type)
        case .firstValue, .lastValue, .nthValue:
            var source = [Int32](repeating: -1, count: rows.count)
            for members in partitions {
                for position in members.indices {
                    guard let frame = Self.frame(function.frame, position, members.count),
                          let chosen = function.valuePosition(in: frame) else { continue }
                    source[members[position]] = Int32(members[chosen])
                }
            }
            return try arguments[0].gathered(nullable: source)
        case .aggregate(let aggregate):
            return try aggregateOverFrames(aggregate, function.frame, arguments, partitions, rowCount: rows.count)
        }
    }

    /// PERCENT_RANK ((rank − 1) / (rows − 1)), CUME_DIST (rows up to the last peer / rows) and
    /// NTILE(n).
    private func distribution(_ kind: WindowFunctionPlan.Kind, _ partitions: [[Int]], _ peers: (Int, Int) -> Bool,
                              rowCount: Int) -> ColumnVector {
        var fractions = [Double](repeating: 0, count: rowCount)
        var buckets = [Int64](repeating: 0, count: rowCount)
        for members in partitions {
            let count = members.count
            var groupStart = 0
            while groupStart < count {
                var groupEnd = groupStart + 1
                while groupEnd < count, peers(members[groupEnd], members[groupStart]) { groupEnd += 1 }
                for position in groupStart..<groupEnd {
                    let row = members[position]
                    switch kind {
                    case .percentRank: fractions[row] = count > 1 ? Double(groupStart) / Double(count - 1) : 0
                    case .cumeDist: fractions[row] = Double(groupEnd) / Double(count)
                    case .ntile(let n):
                        let size = count / n, larger = count % n
                        buckets[row] = Int64(position < larger * (size + 1) ? position / (size + 1)
                                             : larger + (position - larger * (size + 1)) / max(size, 1)) + 1
                    default: break
                    }
                }
                groupStart = groupEnd
            }
        }
        if case .ntile = kind {
            return ColumnVector(uncheckedType: .bigint, storage: .int64(FixedWidthVector(values: buckets)))
        }
        return ColumnVector(uncheckedType: .doublePrecision, storage: .float64(FixedWidthVector(values: fractions)))
    }

    /// Row indices of each partition in window order.
    private func partitions(_ count: Int, _ partitionKeys: [ColumnVector], _ orderKeys: [ColumnVector],
                            _ order: [SortKeyPlan]) throws -> [[Int]] {
        var rows = Array(0..<count)
        rows.sort { a, b in
            for key in partitionKeys {
                let aNull = key.isNull(a), bNull = key.isNull(b)
                if aNull != bNull { return aNull }
                if aNull { continue }
                let comparison = RowComparison.compareValues(key, a, key, b)
                if comparison != 0 { return comparison < 0 }
            }
            for (index, key) in orderKeys.enumerated() {
                let aNull = key.isNull(a), bNull = key.isNull(b)
                if aNull != bNull { return aNull == order[index].nullsFirst }
                if aNull { continue }
                let comparison = RowComparison.compareValues(key, a, key, b)
                if comparison != 0 { return order[index].descending ? comparison > 0 : comparison < 0 }
            }
            return a < b
        }
        var partitions: [[Int]] = []
        for row in rows {
            if let previous = partitions.last?.last, partitionKeys.allSatisfy({ RowComparison.equal($0, previous, $0, row) }) {
                partitions[partitions.count - 1].append(row)
            } else {
                partitions.append([row])
            }
        }
        return partitions
    }

    /// The positions (within a partition of `count` rows) of the frame of the row at `position`;
    /// nil when the frame is empty.
    static func frame(_ frame: RowFrame, _ position: Int, _ count: Int) -> Range<Int>? {
        let low = frame.start.map { max(position + $0, 0) } ?? 0
        let high = frame.end.map { min(position + $0, count - 1) } ?? count - 1
        return low <= high ? low..<(high + 1) : nil
    }

    private func aggregateOverFrames(_ aggregate: ResolvedAggregate, _ frame: RowFrame, _ arguments: [ColumnVector],
                                     _ partitions: [[Int]], rowCount: Int) throws -> ColumnVector {
        var accumulator = aggregate.makeAccumulator()
        if frame == .partition {
            var groups = [UInt32](repeating: 0, count: rowCount)
            for (number, members) in partitions.enumerated() { for row in members { groups[row] = UInt32(number) } }
            try accumulator.update(arguments: arguments, groups: groups, groupCount: partitions.count)
            let perPartition = try accumulator.finish(groupCount: partitions.count)
            return perPartition.gathered(SelectionVector(groups))
        }
        var sources: [UInt32] = [], groups: [UInt32] = []
        func flush() throws {
            let selection = SelectionVector(sources)
            try accumulator.update(arguments: arguments.map { $0.gathered(selection) }, groups: groups, groupCount: rowCount)
            sources.removeAll(keepingCapacity: true)
            groups.removeAll(keepingCapacity: true)
        }
        for members in partitions {
            for position in members.indices {
                guard let range = Self.frame(frame, position, members.count) else { continue }
                for member in range {
                    sources.append(UInt32(members[member]))
                    groups.append(UInt32(members[position]))
                }
                if sources.count >= Self.pairChunk { try flush() }
            }
        }
        try flush()
        return try accumulator.finish(groupCount: rowCount)
    }
}

extension WindowFunctionPlan {
    /// The frame position FIRST_VALUE, LAST_VALUE or NTH_VALUE reads; nil for none (NULL).
    func valuePosition(in frame: Range<Int>) -> Int? {
        switch kind {
        case .firstValue: frame.lowerBound
        case .lastValue: frame.upperBound - 1
        case .nthValue(let n): frame.count >= n ? frame.lowerBound + n - 1 : nil
        default: nil
        }
    }
}
