import Dispatch

/// Runs per-batch work (filter, projection, an aggregate's key and argument expressions) on
/// every core: batches are independent, and the results come back in batch order, so the
/// output is the same as a serial run's.
///
/// Only expressions that need nothing from the statement's `ExecutionContext` run this way:
/// its subquery caches are filled lazily and are not safe to share between threads. The
/// session clock (`SessionClock.current`, a task-local) is handed to each worker thread.
enum ParallelBatches {
    /// Fewer rows than this are not worth a thread hand-off.
    static let minimumRows = 4 * Batch.preferredRowCount

    /// `body` applied to each batch, in parallel when `parallel` and there is enough work.
    static func map<Output>(_ batches: [Batch], parallel: Bool, _ body: (Batch) throws -> Output) throws -> [Output] {
        guard parallel, batches.count > 1, batches.reduce(0, { $0 + $1.count }) >= minimumRows else {
            return try batches.map(body)
        }
        return try perform(batches.count) { try body(batches[$0]) }
    }

    /// `body(0)` ... `body(count - 1)` run on every core, results in index order.
    static func perform<Output>(_ count: Int, _ body: (Int) throws -> Output) throws -> [Output] {
        let clock = SessionClock.current
        var results = [Result<Output, any Error>?](repeating: nil, count: count)
        withoutActuallyEscaping(body) { body in
            results.withUnsafeMutableBufferPointer { buffer in
                // Each iteration writes only its own element, so the writes never overlap.
                nonisolated(unsafe) let output = buffer
                nonisolated(unsafe) let work = body
                DispatchQueue.concurrentPerform(iterations: count) { index in
                    output[index] = SessionClock.$current.withValue(clock) { Result { try work(index) } }
                }
            }
        }
        return try results.map { result in
            guard let result else { throw SQLError(SQLState.internalError, "a parallel batch produced no result") }
            return try result.get()
        }
    }

    /// Whether evaluating every one of `expressions` stays within its batch: no subquery
    /// (whose result the execution context caches) anywhere in it.
    static func independent(_ expressions: [BoundExpression]) -> Bool {
        expressions.allSatisfy(independent)
    }

    static func independent(_ expression: BoundExpression) -> Bool {
        switch expression {
        case .column, .constant:
            return true
        case .outerColumn, .correlated, .apply, .scalarSubquery, .exists, .inSubquery, .quantified:
            return false
        case .cast(let operand, _, _), .negate(let operand), .not(let operand), .isNull(let operand, _):
            return independent(operand)
        case .arithmetic(_, let l, let r, _), .dateArithmetic(_, let l, let r), .comparison(_, let l, let r),
             .isDistinctFrom(let l, let r, _), .concatenate(let l, let r), .like(let l, let r, _, _):
            return independent(l) && independent(r)
        case .and(let operands), .or(let operands), .coalesce(let operands, _), .function(_, let operands, _):
            return independent(operands)
        case .caseWhen(let branches, let otherwise, _):
            return independent(otherwise) && branches.allSatisfy { independent($0.condition) && independent($0.result) }
        }
    }
}
