/// Evaluates bound expressions over a batch, a whole column at a time through the kernels.
/// Rows outside `selection` are not evaluated (they come out NULL and raise no errors), which
/// is how CASE and COALESCE evaluate a branch only for the rows that reach it.
struct ExpressionEvaluator {
    let context: ExecutionContext

    /// The value of `expression` for every row of `batch`, which must have no selection.
    func evaluate(_ expression: BoundExpression, _ batch: Batch, selection: SelectionVector? = nil) throws -> ColumnVector {
        let count = batch.count
        switch expression {
        case .column(let index, _):
            return batch.columns[index]
        case .constant(let datum, let type):
            return try ColumnVector(repeating: datum, type: type, count: count)
        case .outerColumn, .correlated:
            throw SQLError(SQLState.featureNotSupported,
                           "correlated subqueries are supported only as EXISTS, NOT EXISTS or IN conditions of a WHERE clause")
        case .cast(let operand, let type, let explicit):
            return try CastKernel.cast(evaluate(operand, batch, selection: selection), to: type, explicit: explicit, selection: selection)
        case .arithmetic(let op, let left, let right, _):
            let (l, r) = try operands(left, right, batch, selection)
            return try ArithmeticKernel.apply(op, l, r, selection: selection)
        case .negate(let operand):
            return try Negation.apply(evaluate(operand, batch, selection: selection))
        case .dateArithmetic(let op, let left, let right):
            let (l, r) = try operands(left, right, batch, selection)
            return try op.apply(l, r, selection: selection)
        case .comparison(let op, let left, let right):
            let (l, r) = try operands(left, right, batch, selection)
            return try ComparisonKernel.compare(op, l, r, selection: selection)
        case .and(let operands):
            return try fold(operands, batch, selection, decided: false, BooleanKernel.and)
        case .or(let operands):
            return try fold(operands, batch, selection, decided: true, BooleanKernel.or)
        case .not(let operand):
            return try BooleanKernel.not(evaluate(operand, batch, selection: selection), selection: selection)
        case .isNull(let operand, let negated):
            return BooleanKernel.isNull(try evaluate(operand, batch, selection: selection), negated: negated, selection: selection)
        case .isDistinctFrom(let left, let right, let negated):
            let l = try evaluate(left, batch, selection: selection), r = try evaluate(right, batch, selection: selection)
            guard case .boolean(let equal) = try ComparisonKernel.compare(.equal, l, r, selection: selection).storage else {
                throw TypeErrors.operatorDoesNotExist(l.type, "=", r.type)
            }
            var result = FixedWidthVector<Bool>(reservingCapacity: count)
            for row in 0..<count {
                let same: Bool
                if l.isNull(row) || r.isNull(row) { same = l.isNull(row) && r.isNull(row) } else { same = equal[row] == true }
                result.appendValue(same == negated)
            }
            return ColumnVector(uncheckedType: .boolean, storage: .boolean(result))
        case .caseWhen(let branches, let otherwise, let type):
            return try evaluateCase(branches, otherwise, type, batch, selection)
        case .coalesce(let operands, let type):
            return try evaluateCoalesce(operands, type, batch, selection)
        case .concatenate(let left, let right):
            return try StringOperations.concatenate(evaluate(left, batch, selection: selection),
                                                    evaluate(right, batch, selection: selection), type: expression.type)
        case .like(let value, let pattern, let insensitive, let negated):
            let (text, written) = try operands(value, pattern, batch, selection)
            return try StringOperations.like(text, written, caseInsensitive: insensitive, negated: negated, selection: selection)
        case .function(let function, let arguments, _):
            let values = try arguments.map { try evaluate($0, batch, selection: selection) }
            return try function.evaluate(values, count)
        case .apply(let apply):
            return try evaluateApply(apply, type: expression.type, batch, selection: selection)
        case .scalarSubquery(let subquery):
            return try ColumnVector(repeating: context.scalarValue(subquery), type: expression.type, count: count)
        case .exists(let subquery):
            return try ColumnVector(repeating: .boolean(context.hasRows(subquery)), type: .boolean, count: count)
        case .inSubquery(let value, let subquery, let negated):
            return try evaluateIn(evaluate(value, batch, selection: selection), subquery, negated: negated)
        case .quantified(let op, let value, let subquery, let all):
            return try QuantifiedComparison(op: op, all: all, summary: context.summary(subquery))
                .evaluate(evaluate(value, batch, selection: selection), selection: selection)
        }
    }

    /// The rows, within `selection`, where `predicate` is TRUE: a filter's output. AND narrows
    /// the selection operand by operand (each evaluated only on the rows all before it passed)
    /// and OR tests each operand only on the rows not yet passed, so neither builds a BOOLEAN
    /// vector; comparisons write their passing rows directly.
    func trueRows(_ predicate: BoundExpression, _ batch: Batch, selection: SelectionVector? = nil) throws -> SelectionVector {
        switch predicate {
        case .and(let operands):
            var rows = selection ?? SelectionVector(all: batch.count)
            for operand in operands {
                if rows.isEmpty { break }
                rows = try trueRows(operand, batch, selection: rows.count == batch.count ? nil : rows)
            }
            return rows
        case .or(let operands):
            if let shared = Self.sharedComparedOperand(operands) {
                // `f(x) = 'a' OR f(x) = 'b' ...` (an IN list): f(x) computed once, then compared.
                let value = try evaluate(shared, batch, selection: selection)
                let widened = try Batch(columns: batch.columns + [value], count: batch.count)
                let column = BoundExpression.column(batch.columns.count, shared.type)
                let key = String(describing: shared)
                let rewritten = operands.map { operand -> BoundExpression in
                    guard case .comparison(let op, let left, let right) = operand else { return operand }
                    return String(describing: left) == key ? .comparison(op, column, right) : .comparison(op, left, column)
                }
                return try trueRows(.or(rewritten), widened, selection: selection)
            }
            var remaining = selection ?? SelectionVector(all: batch.count)
            var passed = SelectionVector([])
            for operand in operands {
                if remaining.isEmpty { break }
                let found = try trueRows(operand, batch, selection: remaining.count == batch.count ? nil : remaining)
                passed = passed.union(found)
                remaining = remaining.subtracting(found)
            }
            return passed
        case .comparison(let op, let left, let right):
            let (l, r) = try operands(left, right, batch, selection)
            return try ComparisonKernel.filter(op, l, r, selection: selection)
        default:
            return try BooleanKernel.trueRows(evaluate(predicate, batch, selection: selection), selection: selection)
        }
    }

    /// The computed operand (not a plain column) that every operand of an OR compares with a
    /// constant, as an IN list over an expression binds to; nil when there is none.
    private static func sharedComparedOperand(_ operands: [BoundExpression]) -> BoundExpression? {
        guard operands.count > 1 else { return nil }
        var shared: BoundExpression?, key = ""
        for operand in operands {
            guard case .comparison(_, let left, let right) = operand else { return nil }
            let computed: BoundExpression
            switch (constant(left), constant(right)) {
            case (nil, _?): computed = left
            case (_?, nil): computed = right
            default: return nil
            }
            if case .column = computed { return nil }
            if shared == nil {
                shared = computed
                key = String(describing: computed)
            } else if String(describing: computed) != key {
                return nil
            }
        }
        return shared
    }

    /// Both operands of a binary operation. When exactly one is a constant it stays one row,
    /// which the kernels read as standing for every row instead of repeating it.
    private func operands(_ left: BoundExpression, _ right: BoundExpression, _ batch: Batch,
                          _ selection: SelectionVector?) throws -> (ColumnVector, ColumnVector) {
        switch (Self.constant(left), Self.constant(right)) {
        case (let value?, nil) where batch.count > 0:
            return (value, try evaluate(right, batch, selection: selection))
        case (nil, let value?) where batch.count > 0:
            return (try evaluate(left, batch, selection: selection), value)
        default:
            return (try evaluate(left, batch, selection: selection), try evaluate(right, batch, selection: selection))
        }
    }

    /// The one-row vector of a constant operand (a literal, or one under a cast to its own type).
    private static func constant(_ expression: BoundExpression) -> ColumnVector? {
        switch expression {
        case .constant(let datum, let type):
            return try? ColumnVector(type: type, datums: [datum])
        case .cast(.constant(let datum, let type), let target, _) where target == type:
            return try? ColumnVector(type: type, datums: [datum])
        default:
            return nil
        }
    }

    /// AND (`decided` false) and OR (`decided` true) from left to right: each operand is
    /// evaluated only for the rows the ones before it left undecided, so `b <> 0 AND a / b > 1`
    /// never divides by zero.
    private func fold(_ operands: [BoundExpression], _ batch: Batch, _ selection: SelectionVector?, decided: Bool,
                      _ combine: (ColumnVector, ColumnVector, SelectionVector?) throws -> ColumnVector) throws -> ColumnVector {
        guard var result = try operands.first.map({ try evaluate($0, batch, selection: selection) }) else {
            return try ColumnVector(repeating: .boolean(true), type: .boolean, count: batch.count)
        }
        for operand in operands.dropFirst() {
            guard case .boolean(let values) = result.storage else {
                result = try combine(result, evaluate(operand, batch, selection: selection), selection)
                continue
            }
            let undecided: (Int) -> Bool = { !values.validity.isValid($0) || values.values[$0] != decided }
            let open = try selection.map { try $0.filtered(undecided) } ?? SelectionVector(filtering: batch.count, undecided)
            if open.isEmpty { break }
            result = try combine(result, evaluate(operand, batch, selection: open), selection)
        }
        return result
    }

    /// Each branch's result is computed only for the rows whose condition chose it.
    private func evaluateCase(_ branches: [(condition: BoundExpression, result: BoundExpression)],
                              _ otherwise: BoundExpression, _ type: DataType, _ batch: Batch,
                              _ selection: SelectionVector?) throws -> ColumnVector {
        var remaining = selection ?? SelectionVector(all: batch.count)
        var parts: [(vector: ColumnVector, rows: SelectionVector)] = []
        for branch in branches {
            if remaining.isEmpty { break }
            let taken = try trueRows(branch.condition, batch, selection: remaining)
            if taken.isEmpty { continue }
            parts.append((try branchValue(branch.result, type, batch, taken), taken))
            remaining = remaining.subtracting(taken)
        }
        if !remaining.isEmpty { parts.append((try branchValue(otherwise, type, batch, remaining), remaining)) }
        return try ColumnVector.assembled(count: batch.count, type: type, parts: parts)
    }

    /// A CASE or COALESCE operand as a value of the result type for `rows`: a constant stays
    /// one row (cast once), anything else is computed for those rows only.
    private func branchValue(_ expression: BoundExpression, _ type: DataType, _ batch: Batch,
                             _ rows: SelectionVector) throws -> ColumnVector {
        if batch.count > 1, let value = Self.constant(expression) { return try CastKernel.cast(value, to: type) }
        return try CastKernel.cast(evaluate(expression, batch, selection: rows), to: type, selection: rows)
    }

    /// Each operand is computed only for the rows still NULL after the ones before it.
    private func evaluateCoalesce(_ operands: [BoundExpression], _ type: DataType, _ batch: Batch,
                                  _ selection: SelectionVector?) throws -> ColumnVector {
        var remaining = selection ?? SelectionVector(all: batch.count)
        var parts: [(vector: ColumnVector, rows: SelectionVector)] = []
        for operand in operands {
            if remaining.isEmpty { break }
            let value = try branchValue(operand, type, batch, remaining)
            let constant = value.count == 1 && batch.count != 1
            let present = remaining.filtered { !value.isNull(constant ? 0 : $0) }
            if present.isEmpty { continue }
            parts.append((value, present))
            remaining = remaining.subtracting(present)
        }
        return try ColumnVector.assembled(count: batch.count, type: type, parts: parts)
    }

    /// `x IN (subquery)`: TRUE when found, else NULL when x or any subquery value is NULL, else FALSE.
    private func evaluateIn(_ value: ColumnVector, _ subquery: SubqueryPlan, negated: Bool) throws -> ColumnVector {
        let set = try context.valueSet(subquery)
        let found = try set.table.lookup([value], rowCount: value.count)
        var result = FixedWidthVector<Bool>(reservingCapacity: value.count)
        for row in 0..<value.count {
            if value.isNull(row) {
                result.appendNull()
            } else if found[row] != nil {
                result.appendValue(!negated)
            } else if set.containsNull {
                result.appendNull()
            } else {
                result.appendValue(negated)
            }
        }
        return ColumnVector(uncheckedType: .boolean, storage: .boolean(result))
    }
}
