/// BOOL_AND, BOOL_OR, BIT_AND and BIT_OR: each group folds its non-NULL values with one
/// associative operation; a group without any is NULL.
struct FoldAccumulator<Element: StorableElement & Equatable>: AggregateAccumulator {
    let type: DataType
    let combine: @Sendable (Element, Element) -> Element
    private var values: [Element?] = []

    init(type: DataType, combine: @escaping @Sendable (Element, Element) -> Element) {
        self.type = type
        self.combine = combine
    }

    mutating func update(arguments: [ColumnVector], groups: [UInt32], groupCount: Int) throws(SQLError) {
        let column = try AccumulatorSupport.argument(arguments, 0).typed(FixedWidthVector<Element>.self)
        values.grow(to: groupCount, with: nil)
        for row in 0..<min(column.count, groups.count) where column.validity.isValid(row) {
            fold(column.values[row], into: Int(groups[row]))
        }
    }

    mutating func merge(_ other: any AggregateAccumulator, mapping: [UInt32], groupCount: Int) throws(SQLError) {
        let other = try AccumulatorSupport.partner(other, as: Self.self)
        values.grow(to: groupCount, with: nil)
        for (source, target) in mapping.enumerated() where source < other.values.count {
            if let value = other.values[source] { fold(value, into: Int(target)) }
        }
    }

    func finish(groupCount: Int) throws(SQLError) -> ColumnVector {
        var output = FixedWidthVector<Element>(reservingCapacity: groupCount)
        for group in 0..<groupCount {
            if group < values.count, let value = values[group] { output.appendValue(value) } else { output.appendNull() }
        }
        return ColumnVector(type: type, column: output)
    }

    private mutating func fold(_ value: Element, into group: Int) {
        values[group] = values[group].map { combine($0, value) } ?? value
    }
}
