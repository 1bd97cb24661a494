/// Checks shared by the accumulators: that a merged partner is the same aggregate, and that the
/// binder passed the argument count the aggregate was resolved for.
enum AccumulatorSupport {
    static func partner<Accumulator: AggregateAccumulator>(_ other: any AggregateAccumulator,
                                                          as _: Accumulator.Type) throws(SQLError) -> Accumulator {
        guard let partner = other as? Accumulator else {
            throw SQLError(SQLState.internalError, "cannot merge \(type(of: other)) into \(Accumulator.self)")
        }
        return partner
    }

    static func argument(_ arguments: [ColumnVector], _ index: Int) throws(SQLError) -> ColumnVector {
        guard index < arguments.count else {
            throw SQLError(SQLState.internalError, "aggregate expects argument \(index + 1), got \(arguments.count)")
        }
        return arguments[index]
    }

    /// The value of a constant argument (PERCENTILE_CONT's fraction, LISTAGG's delimiter) from
    /// its first non-NULL row, checking that later rows agree.
    static func constant<Layout: FunctionColumn>(_ column: Layout, current: Layout.Element?,
                                                 name: String) throws(SQLError) -> Layout.Element?
        where Layout.Element: Equatable {
        var value = current
        for row in 0..<column.count where column.validity.isValid(row) {
            let element = column.element(row)
            if let value, value != element {
                throw SQLError(SQLState.featureNotSupported, "\(name) argument must be constant within a group")
            }
            value = element
        }
        return value
    }
}

extension Array {
    /// Grows the per-group state to `count` groups with `initial`.
    mutating func grow(to count: Int, with initial: Element) {
        if self.count < count { append(contentsOf: repeatElement(initial, count: count - self.count)) }
    }
}
