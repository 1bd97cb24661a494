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
            return try ArithmeticKernel.apply(op, evaluate(left, batch, selection: selection),
                                              evaluate(right, batch, selection: selection), selection: selection)
        case .negate(let operand):
            return try Negation.apply(evaluate(operand, batch, selection: selection))
        case .dateArithmetic(let op, let left, let right):
            return try op.apply(evaluate(left, batch, selection: selection), evaluate(right, batch, selection: selection),
                                selection: selection)
        case .comparison(let op, let left, let right):
            return try ComparisonKernel.compare(op, evaluate(left, batch, selection: selection),
                                                evaluate(right, batch, selection: selection), selection: selection)
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
            return try StringOperations.like(evaluate(value, batch, selection: selection),
                                             evaluate(pattern, batch, selection: selection),
                                             caseInsensitive: insensitive, negated: negated)
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
            let rows = selection?.indices ?? (0..<UInt32(batch.count)).map { $0 }
            let open = SelectionVector(rows.filter { values[Int($0)] != decided })
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
        var choice = [Int](repeating: branches.count, count: batch.count)
        var results: [ColumnVector] = []
        for (number, branch) in branches.enumerated() {
            let condition = try evaluate(branch.condition, batch, selection: remaining)
            let taken = try BooleanKernel.trueRows(condition, selection: remaining)
            results.append(try CastKernel.cast(evaluate(branch.result, batch, selection: taken), to: type, selection: taken))
            var isTaken = [Bool](repeating: false, count: batch.count)
            for row in taken.indices {
                choice[Int(row)] = number
                isTaken[Int(row)] = true
            }
            remaining = SelectionVector(remaining.indices.filter { !isTaken[Int($0)] })
        }
        results.append(try CastKernel.cast(evaluate(otherwise, batch, selection: remaining), to: type, selection: remaining))
        return try ColumnVector.choosing(from: results, choice: choice, type: type)
    }

    /// Each operand is computed only for the rows still NULL after the ones before it.
    private func evaluateCoalesce(_ operands: [BoundExpression], _ type: DataType, _ batch: Batch,
                                  _ selection: SelectionVector?) throws -> ColumnVector {
        var remaining = selection ?? SelectionVector(all: batch.count)
        var choice = [Int](repeating: 0, count: batch.count)
        var results: [ColumnVector] = []
        for (number, operand) in operands.enumerated() {
            let value = try CastKernel.cast(evaluate(operand, batch, selection: remaining), to: type, selection: remaining)
            results.append(value)
            var stillNull: [UInt32] = []
            for row in remaining.indices {
                choice[Int(row)] = number
                if value.isNull(Int(row)) { stillNull.append(row) }
            }
            remaining = SelectionVector(stillNull)
            if remaining.isEmpty { break }
        }
        return try ColumnVector.choosing(from: results, choice: choice, type: type)
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
