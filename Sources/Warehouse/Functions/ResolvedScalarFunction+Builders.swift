/// Ways to build a resolved overload from a typed row body, so each function states only its
/// argument and result types and what it does to one row; the loop, NULL handling and vector
/// wrapping are shared.
extension ResolvedScalarFunction {
    static func unary<A: FunctionColumn, Output: FunctionColumn>(
        _ argument: DataType, _: A.Type, returns: DataType, _: Output.Type,
        _ body: @escaping @Sendable (A.Element) throws(SQLError) -> Output.Value?) -> ResolvedScalarFunction {
        ResolvedScalarFunction(argumentTypes: [argument], returnType: returns) { arguments, _ throws(SQLError) in
            try Arity.check(arguments, 1)
            let column = try FunctionLoops.map(try arguments[0].typed(A.self), into: Output.self, body)
            return ColumnVector(type: returns, column: column)
        }
    }

    static func binary<A: FunctionColumn, B: FunctionColumn, Output: FunctionColumn>(
        _ first: DataType, _: A.Type, _ second: DataType, _: B.Type, returns: DataType, _: Output.Type,
        _ body: @escaping @Sendable (A.Element, B.Element) throws(SQLError) -> Output.Value?) -> ResolvedScalarFunction {
        ResolvedScalarFunction(argumentTypes: [first, second], returnType: returns) { arguments, _ throws(SQLError) in
            try Arity.check(arguments, 2)
            let column = try FunctionLoops.map(try arguments[0].typed(A.self), try arguments[1].typed(B.self),
                                               into: Output.self, body)
            return ColumnVector(type: returns, column: column)
        }
    }

    static func ternary<A: FunctionColumn, B: FunctionColumn, C: FunctionColumn, Output: FunctionColumn>(
        _ first: DataType, _: A.Type, _ second: DataType, _: B.Type, _ third: DataType, _: C.Type,
        returns: DataType, _: Output.Type,
        _ body: @escaping @Sendable (A.Element, B.Element, C.Element) throws(SQLError) -> Output.Value?)
        -> ResolvedScalarFunction {
        ResolvedScalarFunction(argumentTypes: [first, second, third], returnType: returns) { arguments, _ throws(SQLError) in
            try Arity.check(arguments, 3)
            let column = try FunctionLoops.map(try arguments[0].typed(A.self), try arguments[1].typed(B.self),
                                               try arguments[2].typed(C.self), into: Output.self, body)
            return ColumnVector(type: returns, column: column)
        }
    }

    /// A function of no arguments whose value is fixed when the call is resolved (`pi()`,
    /// `getdate()`), repeated for every row.
    static func constant(_ value: Datum, returns: DataType) -> ResolvedScalarFunction {
        ResolvedScalarFunction(argumentTypes: [], returnType: returns) { _, rowCount throws(SQLError) in
            try bridgingErrors { try ColumnVector(repeating: value, type: returns, count: rowCount) }
        }
    }

    /// The same overload with its result converted to `type` (e.g. computed over BIGINT and
    /// narrowed back to the argument's SMALLINT, which checks the range).
    func converting(to type: DataType) -> ResolvedScalarFunction {
        guard type != returnType else { return self }
        let evaluate = self.evaluate
        return ResolvedScalarFunction(argumentTypes: argumentTypes, returnType: type) { arguments, rowCount throws(SQLError) in
            let result = try evaluate(arguments, rowCount)
            return try bridgingErrors { try CastKernel.cast(result, to: type) }
        }
    }

    /// The same overload with `count` arguments supplied as constants after those of the call,
    /// for optional trailing arguments (`substring(s, 2)` runs as `substring(s, 2, <rest>)`).
    func withDefaults(_ defaults: [(Datum, DataType)]) -> ResolvedScalarFunction {
        let evaluate = self.evaluate
        let given = argumentTypes.count - defaults.count
        return ResolvedScalarFunction(argumentTypes: Array(argumentTypes.prefix(given)), returnType: returnType) {
            arguments, rowCount throws(SQLError) in
            var all = arguments
            for (value, type) in defaults {
                all.append(try bridgingErrors { try ColumnVector(repeating: value, type: type, count: rowCount) })
            }
            return try evaluate(all, rowCount)
        }
    }
}

/// Guards against a binder passing fewer vectors than the overload was resolved for.
enum Arity {
    static func check(_ arguments: [ColumnVector], _ count: Int) throws(SQLError) {
        guard arguments.count == count else {
            throw SQLError(SQLState.internalError, "function expects \(count) arguments, got \(arguments.count)")
        }
    }
}
