/// The loop every core aggregate runs: each non-NULL value of a typed vector handed to a
/// closure with its row's group number.
enum GroupedFold {
    @inlinable
    static func forEachValue<Source: ColumnReading>(_ source: Source, _ groups: [UInt32],
                                                    _ body: (Int, Source.Element) throws -> Void) rethrows {
        let validity = source.validity
        if !validity.hasNulls {
            for row in 0..<min(source.count, groups.count) { try body(Int(groups[row]), source.element(row)) }
            return
        }
        for row in 0..<min(source.count, groups.count) where validity.isValid(row) {
            try body(Int(groups[row]), source.element(row))
        }
    }

    /// Grows per-group state to `groupCount` entries.
    @inlinable
    static func grow<Element>(_ state: inout [Element], to groupCount: Int, with initial: Element) {
        if state.count < groupCount { state.append(contentsOf: repeatElement(initial, count: groupCount - state.count)) }
    }

    /// The other accumulator of a merge, which must be of the same kind.
    static func same<Accumulator: AggregateAccumulator>(_ other: any AggregateAccumulator,
                                                        as _: Accumulator.Type) throws(SQLError) -> Accumulator {
        guard let same = other as? Accumulator else {
            throw SQLError(SQLState.internalError, "cannot merge different aggregates")
        }
        return same
    }
}
