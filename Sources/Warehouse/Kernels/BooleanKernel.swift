/// AND, OR, NOT, IS [NOT] NULL and the step from a BOOLEAN vector to a selection, with SQL's
/// three-valued logic: FALSE AND NULL is FALSE, TRUE OR NULL is TRUE, otherwise NULL in gives
/// NULL out. IS NULL never yields NULL.
public enum BooleanKernel: Sendable {
    public static func and(_ left: ColumnVector, _ right: ColumnVector, selection: SelectionVector? = nil) throws -> ColumnVector {
        try combine(left, right, selection: selection, dominant: false, construct: "AND")
    }

    public static func or(_ left: ColumnVector, _ right: ColumnVector, selection: SelectionVector? = nil) throws -> ColumnVector {
        try combine(left, right, selection: selection, dominant: true, construct: "OR")
    }

    public static func not(_ operand: ColumnVector, selection: SelectionVector? = nil) throws -> ColumnVector {
        let values = try booleans(operand, construct: "NOT")
        let result = KernelLoops.map(values, selection: selection, into: FixedWidthVector<Bool>.self) { !$0 }
        return ColumnVector(uncheckedType: .boolean, storage: .boolean(result))
    }

    /// IS NULL (or IS NOT NULL when `negated`) for a vector of any type.
    public static func isNull(_ operand: ColumnVector, negated: Bool = false, selection: SelectionVector? = nil) -> ColumnVector {
        let validity = operand.validity
        let result = FixedWidthVector<Bool>.collecting(
            count: operand.count, validity: ValidityMask.intersection([], selection: selection, count: operand.count)) {
            validity.isValid($0) == negated
        }
        return ColumnVector(uncheckedType: .boolean, storage: .boolean(result))
    }

    /// The rows, within `selection`, where `predicate` is TRUE (not FALSE, not NULL).
    public static func trueRows(_ predicate: ColumnVector, selection: SelectionVector? = nil) throws -> SelectionVector {
        let values = try booleans(predicate, construct: "WHERE")
        let validity = values.validity
        return values.values.withUnsafeBufferPointer { flags in
            if let selection {
                return selection.filtered { row in row < flags.count && flags[row] && validity.isValid(row) }
            }
            if validity.hasNulls {
                return SelectionVector(filtering: flags.count) { flags[$0] && validity.isValid($0) }
            }
            return SelectionVector(filtering: flags.count) { flags[$0] }
        }
    }

    /// AND (`dominant` false) or OR (`dominant` true): a dominant value on either side decides
    /// the result even when the other side is NULL.
    private static func combine(_ left: ColumnVector, _ right: ColumnVector, selection: SelectionVector?,
                                dominant: Bool, construct: String) throws -> ColumnVector {
        guard left.count == right.count else {
            throw SQLError(SQLState.internalError, "kernel inputs differ in length")
        }
        let a = try booleans(left, construct: construct), b = try booleans(right, construct: construct)
        let count = a.count
        let inPlay = ValidityMask.intersection([], selection: selection, count: count)
        var valid = [Bool](repeating: false, count: count)
        let values = a.values.withUnsafeBufferPointer { x in
            b.values.withUnsafeBufferPointer { y in
                valid.withUnsafeMutableBufferPointer { valid in
                    [Bool](unsafeUninitializedCapacity: count) { result, initialized in
                        for row in 0..<count {
                            let xValid = a.validity.isValid(row), yValid = b.validity.isValid(row)
                            let decided = (xValid && x[row] == dominant) || (yValid && y[row] == dominant)
                            result[row] = decided ? dominant : !dominant
                            valid[row] = inPlay.isValid(row) && (decided || (xValid && yValid))
                        }
                        initialized = count
                    }
                }
            }
        }
        let result = FixedWidthVector(values: values, validity: ValidityMask(valid))
        return ColumnVector(uncheckedType: .boolean, storage: .boolean(result))
    }

    /// The BOOLEAN buffer of `vector`; PostgreSQL's error names the construct that needed it.
    private static func booleans(_ vector: ColumnVector, construct: String) throws -> FixedWidthVector<Bool> {
        guard case .boolean(let values) = vector.storage else {
            throw SQLError(SQLState.datatypeMismatch,
                           "argument of \(construct) must be type boolean, not type \(vector.type.baseName)")
        }
        return values
    }
}
