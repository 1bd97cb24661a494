/// The row loops every function is built from. A row whose strict arguments include a NULL
/// comes out NULL without being evaluated (so a NULL's placeholder value never raises an
/// error); a body returning nil makes that row NULL (`regexp_substr` past the last match).
///
/// The loops use typed throws so a function body's `SQLError` reaches the executor unboxed.
enum FunctionLoops {
    static func rows<Output: ColumnWriting>(count: Int, strict validities: [ValidityMask], into _: Output.Type,
                                            _ body: (Int) throws(SQLError) -> Output.Value?) throws(SQLError) -> Output {
        var output = Output(reservingCapacity: count)
        let validity = validities.reduce(ValidityMask(allValid: count)) { ValidityMask.intersection($0, $1) }
        let checks = validity.hasNulls
        for row in 0..<count {
            if checks && !validity.isValid(row) {
                output.appendNull()
            } else if let value = try body(row) {
                output.appendValue(value)
            } else {
                output.appendNull()
            }
        }
        return output
    }

    /// Arguments of one call must have one length; a mismatch is the caller's bug, reported
    /// instead of reading past a shorter vector.
    static func checkLengths(_ counts: Int...) throws(SQLError) {
        guard let first = counts.first, counts.allSatisfy({ $0 == first }) else {
            throw SQLError(SQLState.internalError, "function arguments differ in length: \(counts)")
        }
    }

    static func map<A: ColumnReading, Output: ColumnWriting>(
        _ a: A, into type: Output.Type,
        _ body: (A.Element) throws(SQLError) -> Output.Value?) throws(SQLError) -> Output {
        try rows(count: a.count, strict: [a.validity], into: type) { row throws(SQLError) in try body(a.element(row)) }
    }

    static func map<A: ColumnReading, B: ColumnReading, Output: ColumnWriting>(
        _ a: A, _ b: B, into type: Output.Type,
        _ body: (A.Element, B.Element) throws(SQLError) -> Output.Value?) throws(SQLError) -> Output {
        try checkLengths(a.count, b.count)
        return try rows(count: a.count, strict: [a.validity, b.validity], into: type) { row throws(SQLError) in
            try body(a.element(row), b.element(row))
        }
    }

    static func map<A: ColumnReading, B: ColumnReading, C: ColumnReading, Output: ColumnWriting>(
        _ a: A, _ b: B, _ c: C, into type: Output.Type,
        _ body: (A.Element, B.Element, C.Element) throws(SQLError) -> Output.Value?) throws(SQLError) -> Output {
        try checkLengths(a.count, b.count, c.count)
        return try rows(count: a.count, strict: [a.validity, b.validity, c.validity], into: type) { row throws(SQLError) in
            try body(a.element(row), b.element(row), c.element(row))
        }
    }
}

/// Runs code of the types layer, which throws untyped errors, inside a typed-throwing function.
/// Everything that layer throws is an `SQLError`; anything else is reported as internal.
func bridgingErrors<T>(_ body: () throws -> T) throws(SQLError) -> T {
    do {
        return try body()
    } catch let error as SQLError {
        throw error
    } catch {
        throw SQLError(SQLState.internalError, "\(error)")
    }
}
