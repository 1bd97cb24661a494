extension Binder {
    /// Binds a whole query: WITH, the body, ORDER BY, LIMIT and OFFSET.
    func bindQuery(_ query: Query) throws -> BoundQuery {
        let visible = commonTables.count
        defer { commonTables.removeSubrange(visible...) }
        for table in query.with?.tables ?? [] {
            if query.with?.recursive == true {
                throw SQLError(SQLState.featureNotSupported, "recursive WITH is not supported", position: table.name.location.position)
            }
            var bound = try bindQuery(table.query)
            for (index, column) in table.columns.enumerated() where index < bound.names.count {
                bound.names[index] = column.value
            }
            commonTables.append((table.name.value, bound))
        }
        var bound: BoundQuery
        if case .select(let select) = query.body {
            bound = try bindSelect(select, orderBy: query.orderBy)
        } else {
            bound = try bindBody(query.body)
            if !query.orderBy.isEmpty {
                let scope = Scope(columns: zip(bound.names, bound.plan.types).map { Scope.Column(qualifier: nil, name: $0, type: $1) })
                let keys = try query.orderBy.map { item -> SortKeyPlan in
                    let expression = try outputPosition(item.expression, names: bound.names).map {
                        BoundExpression.column($0, bound.plan.types[$0])
                    } ?? bind(item.expression, ExpressionContext(scope: scope, aggregatesForbiddenIn: "ORDER BY"))
                    return Self.sortKey(item, expression)
                }
                bound.plan = .sort(bound.plan, keys)
            }
        }
        let limit = try query.limit.map { try constantCount($0, "LIMIT") }
        let offset = try query.offset.map { try constantCount($0, "OFFSET") } ?? 0
        if limit != nil || offset > 0 { bound.plan = .limit(bound.plan, limit: limit, offset: offset) }
        return bound
    }

    private func bindBody(_ body: QueryBody) throws -> BoundQuery {
        switch body {
        case .select(let select): return try bindSelect(select, orderBy: [])
        case .nested(let query): return try bindQuery(query)
        case .setOperation(let operation):
            for side in [operation.left, operation.right] {
                if case .nested(let query) = side, let limit = query.limit ?? query.offset {
                    throw SQLError(SQLState.syntaxError, "LIMIT may not be used within input to set operations.",
                                   position: limit.location.position)
                }
            }
            let left = try bindBody(operation.left), right = try bindBody(operation.right)
            let leftTypes = left.plan.types, rightTypes = right.plan.types
            guard leftTypes.count == rightTypes.count else {
                throw SQLError(SQLState.syntaxError, "each \(operation.op.rawValue) query must have the same number of columns",
                               position: operation.location.position)
            }
            let leftUntyped = Self.untypedColumns(left.plan), rightUntyped = Self.untypedColumns(right.plan)
            let types = try Self.at(operation.location) {
                try leftTypes.indices.map { index -> DataType in
                    // A NULL or quoted literal on one side takes the other side's type.
                    if leftUntyped.contains(index) && !rightUntyped.contains(index) { return rightTypes[index] }
                    if rightUntyped.contains(index) && !leftUntyped.contains(index) { return leftTypes[index] }
                    return try leftTypes[index].commonSupertype(with: rightTypes[index], construct: operation.op.rawValue)
                }
            }
            return BoundQuery(plan: .setOperation(operation.op, all: operation.all,
                                                  Self.converted(left.plan, to: types), Self.converted(right.plan, to: types)),
                              names: left.names)
        }
    }

    /// The output columns of a plan that are untyped literals (NULL or a quoted string).
    static func untypedColumns(_ plan: LogicalPlan) -> Set<Int> {
        guard case .project(_, let expressions) = plan else { return [] }
        return Set(expressions.indices.filter { isUntyped(expressions[$0]) })
    }

    /// The plan with its columns cast to `types` where they differ.
    static func converted(_ plan: LogicalPlan, to types: [DataType]) -> LogicalPlan {
        let current = plan.types
        guard current != types else { return plan }
        return .project(plan, zip(current, types).enumerated().map { index, pair in
            pair.0 == pair.1 ? .column(index, pair.0) : .cast(.column(index, pair.0), pair.1, explicit: false)
        })
    }

    /// A LIMIT/OFFSET count: a non-negative integer constant.
    private func constantCount(_ expression: Expression, _ clause: String) throws -> Int {
        let bound = try bind(expression, ExpressionContext(scope: Scope(), aggregatesForbiddenIn: clause))
        let datum = try ExpressionEvaluator(context: ExecutionContext(system: system))
            .evaluate(bound, Batch(columns: [], count: 1)).datum(at: 0)
        let value: Int64
        switch datum {
        case .integer(let number): value = Int64(number)
        case .bigint(let number): value = number
        case .smallint(let number): value = Int64(number)
        default:
            throw SQLError(SQLState.datatypeMismatch, "argument of \(clause) must be type bigint, not type \(bound.type.baseName)",
                           position: expression.location.position)
        }
        guard value >= 0 else {
            throw SQLError("2201W", "\(clause) must not be negative", position: expression.location.position)
        }
        return Int(clamping: value)
    }

    /// ORDER BY `n` or an output column name: the output position it means, if it is one.
    func outputPosition(_ expression: Expression, names: [String]) throws -> Int? {
        switch expression.kind {
        case .literal(.integer(let ordinal)):
            guard ordinal >= 1, ordinal <= names.count else {
                throw SQLError(SQLState.invalidParameterValue, "ORDER BY position \(ordinal) is not in select list",
                               position: expression.location.position)
            }
            return Int(ordinal) - 1
        case .column(let parts) where parts.count == 1:
            let matches = names.indices.filter { names[$0] == parts[0].value }
            return matches.count == 1 ? matches[0] : nil
        default:
            return nil
        }
    }

    /// Redshift's defaults: ascending, NULLs last ascending and first descending.
    static func sortKey(_ item: OrderItem, _ expression: BoundExpression) -> SortKeyPlan {
        let descending = item.direction == .descending
        let nullsFirst = item.nulls.map { $0 == .first } ?? descending
        return SortKeyPlan(expression: expression, descending: descending, nullsFirst: nullsFirst)
    }
}
