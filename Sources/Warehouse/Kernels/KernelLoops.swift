/// The two loops every generic kernel is built from. Rows outside the selection are not
/// evaluated (so they raise no errors) and come out NULL; NULL inputs give NULL outputs without
/// evaluating the operation (so a NULL divisor's placeholder 0 never divides). The result's
/// validity is computed once, word by word, and the operation runs only on its valid rows.
///
/// A one-row operand against a longer one stands for every row (a constant): kernels pass it
/// here as a closure reading element 0 rather than repeating it.
@usableFromInline
enum KernelLoops {
    @inlinable
    static func map<Source: ColumnReading, Output: ColumnWriting>(
        _ source: Source, selection: SelectionVector?, into _: Output.Type,
        _ transform: (Source.Element) throws -> Output.Value) rethrows -> Output {
        let count = source.count
        let validity = ValidityMask.intersection([source.validity], selection: selection, count: count)
        return try Output.collecting(count: count, validity: validity) { try transform(source.element($0)) }
    }

    @inlinable
    static func zip<Left: ColumnReading, Right: ColumnReading, Output: ColumnWriting>(
        _ left: Left, _ right: Right, selection: SelectionVector?, into _: Output.Type,
        _ operation: (Left.Element, Right.Element) throws -> Output.Value) rethrows -> Output {
        let count = BroadcastShape(left.count, right.count).count
        if left.count == 1, right.count != 1 {
            let constant = left.element(0)
            let validity = left.validity.isValid(0)
                ? ValidityMask.intersection([right.validity], selection: selection, count: count) : .allNull(count)
            return try Output.collecting(count: count, validity: validity) { try operation(constant, right.element($0)) }
        }
        if right.count == 1, left.count != 1 {
            let constant = right.element(0)
            let validity = right.validity.isValid(0)
                ? ValidityMask.intersection([left.validity], selection: selection, count: count) : .allNull(count)
            return try Output.collecting(count: count, validity: validity) { try operation(left.element($0), constant) }
        }
        let validity = ValidityMask.intersection([left.validity, right.validity], selection: selection, count: count)
        return try Output.collecting(count: count, validity: validity) { try operation(left.element($0), right.element($0)) }
    }
}

/// The row count of an operation on two operands: equal counts, or one one-row operand (a
/// constant) against any count.
@usableFromInline
struct BroadcastShape {
    @usableFromInline let count: Int

    @inlinable
    init(_ left: Int, _ right: Int) {
        count = left == right ? left : (left == 1 ? right : (right == 1 ? left : min(left, right)))
    }

    /// Throws when neither count is 1 and they differ: the caller's bug, reported instead of
    /// reading past a shorter vector.
    static func checked(_ left: ColumnVector, _ right: ColumnVector) throws -> Int {
        guard left.count == right.count || left.count == 1 || right.count == 1 else {
            throw SQLError(SQLState.internalError, "kernel inputs differ in length")
        }
        return BroadcastShape(left.count, right.count).count
    }

    /// The selection that applies to `operand` of an operation over `count` rows: none for a
    /// one-row constant, whose single value stands for every row.
    static func selection(_ selection: SelectionVector?, _ operand: ColumnVector, _ count: Int) -> SelectionVector? {
        operand.count == count ? selection : nil
    }
}
