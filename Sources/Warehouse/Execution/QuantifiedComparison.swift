/// `x op ANY (subquery)` and `x op ALL (subquery)` from the subquery's summary: an ordering
/// comparison against ANY holds when it holds against the most favourable value (the smallest
/// for `>`, the largest for `<`) and against ALL when it holds against the least favourable;
/// `= ALL` and `<> ANY` ask whether every value equals x. Where no value decides, a NULL in
/// the subquery (or a NULL x) makes the result NULL, as SQL's three-valued logic requires.
struct QuantifiedComparison {
    struct Summary {
        var count: Int
        var containsNull: Bool
        /// One-row vectors; NULL when the subquery has no non-NULL value.
        var smallest: ColumnVector
        var largest: ColumnVector
    }

    let op: ComparisonOperation
    let all: Bool
    let summary: Summary

    func evaluate(_ value: ColumnVector, selection: SelectionVector?) throws -> ColumnVector {
        let count = value.count
        guard summary.count > 0 else { return try ColumnVector(repeating: .boolean(all), type: .boolean, count: count) }
        let smallest = summary.smallest.gathered(SelectionVector(Array(repeating: 0, count: count)))
        let largest = summary.largest.gathered(SelectionVector(Array(repeating: 0, count: count)))
        let decisive: [Bool?]
        switch (op, all) {
        case (.equal, true), (.notEqual, false):
            // Every value equals x exactly when the smallest and the largest do.
            let low = try flags(ComparisonKernel.compare(.equal, value, smallest, selection: selection))
            let high = try flags(ComparisonKernel.compare(.equal, value, largest, selection: selection))
            let allEqual = zip(low, high).map { a, b -> Bool? in
                if a == false || b == false { return false }
                if a == true && b == true { return true }
                return nil
            }
            decisive = op == .equal ? allEqual : allEqual.map { $0.map { !$0 } }
            return finish(decisive, value, decided: op != .equal)
        case (.equal, false), (.notEqual, true):
            throw SQLError(SQLState.internalError, "= ANY and <> ALL are planned as IN and NOT IN")
        default:
            let ascending = op == .greater || op == .greaterOrEqual
            let bound = ascending == all ? largest : smallest
            decisive = try flags(ComparisonKernel.compare(op, value, bound, selection: selection))
            return finish(decisive, value, decided: !all)
        }
    }

    /// Builds the result: `decided` is the value that settles a row by itself (TRUE for ANY,
    /// FALSE for ALL); other rows take the opposite unless a NULL leaves them unknown.
    private func finish(_ outcomes: [Bool?], _ value: ColumnVector, decided: Bool) -> ColumnVector {
        var result = FixedWidthVector<Bool>(reservingCapacity: outcomes.count)
        for (row, outcome) in outcomes.enumerated() {
            if outcome == decided {
                result.appendValue(decided)
            } else if value.isNull(row) || summary.containsNull || outcome == nil {
                result.appendNull()
            } else {
                result.appendValue(!decided)
            }
        }
        return ColumnVector(uncheckedType: .boolean, storage: .boolean(result))
    }

    private func flags(_ vector: ColumnVector) throws -> [Bool?] {
        guard case .boolean(let values) = vector.storage else {
            throw SQLError(SQLState.internalError, "a comparison that is not boolean")
        }
        return (0..<values.count).map { values[$0] }
    }
}
