/// The two loops every kernel is built from. Rows outside the selection are not evaluated
/// (so they raise no errors) and come out NULL; NULL inputs give NULL outputs without
/// evaluating the operation (so a NULL divisor's placeholder 0 never divides).
@usableFromInline
enum KernelLoops {
    /// Row flags for a selection; nil when every row is in play.
    @inlinable
    static func inPlay(_ selection: SelectionVector?, count: Int) -> [Bool]? {
        guard let selection else { return nil }
        var flags = [Bool](repeating: false, count: count)
        for index in selection.indices where Int(index) < count { flags[Int(index)] = true }
        return flags
    }

    @inlinable
    static func map<Source: ColumnReading, Output: ColumnWriting>(
        _ source: Source, selection: SelectionVector?, into _: Output.Type,
        _ transform: (Source.Element) throws -> Output.Value) rethrows -> Output {
        let count = source.count
        let flags = inPlay(selection, count: count)
        if flags == nil && !source.validity.hasNulls {
            return try Output.collecting(count: count) { try transform(source.element($0)) }
        }
        var output = Output(reservingCapacity: count)
        let validity = source.validity
        for row in 0..<count {
            if flags?[row] ?? true, validity.isValid(row) {
                output.appendValue(try transform(source.element(row)))
            } else {
                output.appendNull()
            }
        }
        return output
    }

    @inlinable
    static func zip<Left: ColumnReading, Right: ColumnReading, Output: ColumnWriting>(
        _ left: Left, _ right: Right, selection: SelectionVector?, into _: Output.Type,
        _ operation: (Left.Element, Right.Element) throws -> Output.Value) rethrows -> Output {
        let count = min(left.count, right.count)
        let flags = inPlay(selection, count: count)
        if flags == nil && !left.validity.hasNulls && !right.validity.hasNulls {
            return try Output.collecting(count: count) { try operation(left.element($0), right.element($0)) }
        }
        var output = Output(reservingCapacity: count)
        let validity = ValidityMask.intersection(left.validity, right.validity)
        for row in 0..<count {
            if flags?[row] ?? true, validity.isValid(row) {
                output.appendValue(try operation(left.element(row), right.element(row)))
            } else {
                output.appendNull()
            }
        }
        return output
    }
}
