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
        let flags = KernelLoops.inPlay(selection, count: operand.count)
        var result = FixedWidthVector<Bool>(reservingCapacity: operand.count)
        for row in 0..<operand.count {
            if flags?[row] ?? true { result.appendValue(validity.isValid(row) == negated) } else { result.appendNull() }
        }
        return ColumnVector(uncheckedType: .boolean, storage: .boolean(result))
    }

    /// The rows, within `selection`, where `predicate` is TRUE (not FALSE, not NULL).
    public static func trueRows(_ predicate: ColumnVector, selection: SelectionVector? = nil) throws -> SelectionVector {
        let values = try booleans(predicate, construct: "WHERE")
        var rows: [UInt32] = []
        if let selection {
            for index in selection.indices where Int(index) < values.count && values[Int(index)] == true {
                rows.append(index)
            }
        } else {
            for row in 0..<values.count where values[row] == true { rows.append(UInt32(row)) }
        }
        return SelectionVector(rows)
    }

    /// AND (`dominant` false) or OR (`dominant` true): a dominant value on either side decides
    /// the result even when the other side is NULL.
    private static func combine(_ left: ColumnVector, _ right: ColumnVector, selection: SelectionVector?,
                                dominant: Bool, construct: String) throws -> ColumnVector {
        try KernelChecks.sameLength(left, right)
        let a = try booleans(left, construct: construct), b = try booleans(right, construct: construct)
        let flags = KernelLoops.inPlay(selection, count: a.count)
        var result = FixedWidthVector<Bool>(reservingCapacity: a.count)
        for row in 0..<a.count {
            guard flags?[row] ?? true else {
                result.appendNull()
                continue
            }
            let x = a[row], y = b[row]
            if x == dominant || y == dominant {
                result.appendValue(dominant)
            } else if let x, let y {
                result.appendValue(dominant ? x || y : x && y)
            } else {
                result.appendNull()
            }
        }
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
