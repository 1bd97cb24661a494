/// The functions SQL can call, by name. The binder asks the catalog to resolve a call against its
/// argument types; the executor then runs the resolved function over whole vectors.
///
/// Scalar functions and aggregates live in their own files, each family a list this catalog
/// gathers, so adding a function never touches the binder or the executor.
public struct FunctionCatalog: Sendable {
    public private(set) var scalars: [String: [ScalarFunction]]
    public let aggregates: [String: AggregateFunction]

    public init(scalars: [ScalarFunction], aggregates: [AggregateFunction]) {
        self.scalars = Dictionary(grouping: scalars, by: \.name)
        self.aggregates = Dictionary(aggregates.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// This catalog with `extra` scalar functions (a session's own, such as `pg_last_copy_id`),
    /// which take precedence over built-ins of the same name.
    public func adding(_ extra: [ScalarFunction]) -> FunctionCatalog {
        var copy = self
        var scalars = copy.scalars
        for function in extra { scalars[function.name] = [function] }
        copy.scalars = scalars
        return copy
    }

    /// Every built-in function of the engine.
    public static let builtin = FunctionCatalog(scalars: ScalarFunctionLibrary.all,
                                                aggregates: AggregateFunctionLibrary.all)

    /// Resolves a scalar call; the first overload that accepts the argument types wins. Throws
    /// PostgreSQL's `function f(integer) does not exist` when none does.
    public func resolveScalar(_ name: String, argumentTypes: [DataType]) throws(SQLError) -> ResolvedScalarFunction {
        for function in scalars[name.lowercased()] ?? [] {
            if let resolved = try function.resolve(argumentTypes) { return resolved }
        }
        throw Self.noSuchFunction(name, argumentTypes)
    }

    public func isAggregate(_ name: String) -> Bool { aggregates[name.lowercased()] != nil }

    /// PostgreSQL names argument types without their modifiers here: `character varying`, not
    /// `character varying(2)`.
    public static func noSuchFunction(_ name: String, _ types: [DataType]) -> SQLError {
        let names = types.map { $0.sqlName.split(separator: "(").first.map(String.init) ?? $0.sqlName }
        return SQLError(SQLState.undefinedFunction,
                 "function \(name.lowercased())(\(names.joined(separator: ", "))) does not exist",
                 hint: "No function matches the given name and argument types. You may need to add explicit type casts.")
    }
}

/// One scalar function name with its overload resolution.
public struct ScalarFunction: Sendable {
    public let name: String
    /// Returns how to run the call for these argument types, nil when this overload does not
    /// apply, or throws when the call is wrong in a way the function itself knows (e.g. a bad
    /// datepart literal).
    public let resolve: @Sendable (_ argumentTypes: [DataType]) throws(SQLError) -> ResolvedScalarFunction?

    public init(name: String,
                resolve: @escaping @Sendable (_ argumentTypes: [DataType]) throws(SQLError) -> ResolvedScalarFunction?) {
        self.name = name.lowercased()
        self.resolve = resolve
    }
}

/// A scalar call ready to run: the binder casts each argument to `argumentTypes`, the executor
/// calls `evaluate` with one full vector per argument, all of `rowCount` rows.
public struct ResolvedScalarFunction: Sendable {
    public let argumentTypes: [DataType]
    public let returnType: DataType
    public let evaluate: @Sendable (_ arguments: [ColumnVector], _ rowCount: Int) throws(SQLError) -> ColumnVector

    public init(argumentTypes: [DataType], returnType: DataType,
                evaluate: @escaping @Sendable (_ arguments: [ColumnVector], _ rowCount: Int) throws(SQLError) -> ColumnVector) {
        self.argumentTypes = argumentTypes
        self.returnType = returnType
        self.evaluate = evaluate
    }
}

/// An aggregate function name with its resolution (`COUNT`, `SUM`, `MEDIAN`, ...).
public struct AggregateFunction: Sendable {
    public let name: String
    public let resolve: @Sendable (_ argumentTypes: [DataType], _ distinct: Bool) throws(SQLError) -> ResolvedAggregate?

    public init(name: String,
                resolve: @escaping @Sendable (_ argumentTypes: [DataType], _ distinct: Bool) throws(SQLError) -> ResolvedAggregate?) {
        self.name = name.lowercased()
        self.resolve = resolve
    }
}

/// An aggregate ready to run: hash aggregation keeps one accumulator per operator and feeds it
/// batches with each row's group number, so the per-group state lives in typed arrays.
public struct ResolvedAggregate: Sendable {
    public let argumentTypes: [DataType]
    public let returnType: DataType
    public let makeAccumulator: @Sendable () -> any AggregateAccumulator

    public init(argumentTypes: [DataType], returnType: DataType,
                makeAccumulator: @escaping @Sendable () -> any AggregateAccumulator) {
        self.argumentTypes = argumentTypes
        self.returnType = returnType
        self.makeAccumulator = makeAccumulator
    }
}

/// Grouped aggregation state. `groups[i]` is the group of row `i` of `arguments`; groups are
/// numbered densely from 0, and `groupCount` only grows between calls.
public protocol AggregateAccumulator: Sendable {
    mutating func update(arguments: [ColumnVector], groups: [UInt32], groupCount: Int) throws(SQLError)
    /// Folds another accumulator of the same aggregate in (partial aggregation on another core),
    /// its group `g` becoming this one's group `mapping[g]`.
    mutating func merge(_ other: any AggregateAccumulator, mapping: [UInt32], groupCount: Int) throws(SQLError)
    /// One value per group, in group order.
    func finish(groupCount: Int) throws(SQLError) -> ColumnVector
}
