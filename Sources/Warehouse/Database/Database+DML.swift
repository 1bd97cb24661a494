extension Database {
    func runInsert(_ insert: Insert) throws -> StatementResult {
        let binder = binder()
        var table = try binder.lookupTable(insert.table)
        let definition = table.definition
        // DEFAULT VALUES gives no column, so every column takes its IDENTITY, DEFAULT or NULL.
        var targets = insert.source == .defaultValues ? [] : try targetColumns(insert.columns, definition)
        let source: LogicalPlan
        var insertSource = insert.source
        if case .values(let rows) = insertSource {
            // `DEFAULT` for an IDENTITY column in every row means "generate it", as if unlisted.
            let generated = targets.indices.filter { position in
                definition.columns[targets[position]].identity != nil && rows.allSatisfy { row in
                    if position < row.count, case .defaultValue = row[position].kind { return true }
                    return false
                }
            }
            if !generated.isEmpty, rows.allSatisfy({ $0.count == targets.count }) {
                targets = targets.indices.filter { !generated.contains($0) }.map { targets[$0] }
                insertSource = .values(rows.map { row in row.indices.filter { !generated.contains($0) }.map { row[$0] } })
            }
        }
        switch insertSource {
        case .defaultValues:
            source = .values(rows: [[]], types: [])
        case .values(let rows):
            if rows.count > 1, let subquery = rows.joined().first(where: Self.containsSubquery) {
                throw SQLError(SQLState.featureNotSupported, "can't use subqueries in multi-row VALUES",
                               position: subquery.location.position)
            }
            let bound = try rows.map { row -> [BoundExpression] in
                guard row.count <= targets.count else {
                    throw SQLError(SQLState.syntaxError, "INSERT has more expressions than target columns",
                                   position: row[targets.count].location.position)
                }
                guard row.count == targets.count else {
                    throw SQLError(SQLState.syntaxError, "INSERT has more target columns than expressions",
                                   position: (row.last?.location ?? insert.table.location).position)
                }
                return try zip(row, targets).map { expression, target in
                    try assignment(expression, to: definition.columns[target], binder: binder)
                }
            }
            source = .values(rows: bound, types: targets.map { definition.columns[$0].type })
        case .query(let query):
            let bound = try binder.bindQuery(query)
            guard bound.plan.types.count == targets.count else {
                throw SQLError(SQLState.syntaxError, bound.plan.types.count > targets.count
                               ? "INSERT has more expressions than target columns" : "INSERT has more target columns than expressions",
                               position: query.location.position)
            }
            let untyped = Binder.untypedColumns(bound.plan)
            for (index, target) in targets.enumerated() {
                try checkAssignable(bound.plan.types[index], to: definition.columns[target], untyped: untyped.contains(index))
            }
            source = bound.plan
        }
        if case .values = insertSource {} else {
            for target in targets where definition.columns[target].identity?.generatedByDefault == false {
                throw SQLError(SQLState.featureNotSupported, "cannot set an identity column to a value")
            }
        }
        let relation = try run(source)
        var identityNext = definition.identityNext
        var inserted = 0
        var loaded: [Batch] = []
        let evaluator = ExpressionEvaluator(context: ExecutionContext(system: systemState))
        for batch in relation.batches {
            let rows = batch.compacted()
            let listed = try targets.indices.map { position -> ColumnVector in
                guard case .query = insertSource else { return rows.columns[position] }
                return try CastKernel.cast(rows.columns[position], to: definition.columns[targets[position]].type, explicit: false)
            }
            let columns = try completeColumns(definition, listed: listed, at: targets, count: rows.count,
                                          identityNext: &identityNext, binder: binder, evaluator: evaluator)
            loaded.append(try Batch(columns: columns, count: rows.count))
            inserted += rows.count
        }
        // One load for the statement: its blocks are encoded once, when they are sealed.
        try table.storage.append(contentsOf: loaded)
        table.definition.identityNext = identityNext
        catalog.updateTable(table)
        return StatementResult(commandTag: "INSERT 0 \(inserted)")
    }

    /// The table's columns in order for `count` new rows: the `listed` vectors (already of their
    /// columns' types) at the positions `targets` names, and for every other column its next
    /// IDENTITY values, its DEFAULT, or NULL. INSERT and COPY fill unlisted columns alike.
    func completeColumns(_ definition: TableDefinition, listed: [ColumnVector], at targets: [Int], count: Int,
                     identityNext: inout [Int: Int64], binder: Binder, evaluator: ExpressionEvaluator) throws -> [ColumnVector] {
        let rows = try Batch(columns: [], count: count)
        var columns: [ColumnVector] = []
        for (index, column) in definition.columns.enumerated() {
            let value: ColumnVector
            if let position = targets.firstIndex(of: index) {
                value = listed[position]
            } else if let identity = column.identity {
                let first = identityNext[index] ?? identity.seed
                let numbers = try (0...Int64(count)).map { offset -> Int64 in
                    let (step, overflow) = offset.multipliedReportingOverflow(by: identity.step)
                    let (value, overflowAgain) = first.addingReportingOverflow(step)
                    if overflow || overflowAgain { throw TypeErrors.outOfRange(.bigint) }
                    return value
                }
                identityNext[index] = numbers[count]
                value = try CastKernel.cast(ColumnVector(type: .bigint, storage: .int64(FixedWidthVector(values: Array(numbers.dropLast())))),
                                            to: column.type)
            } else if let expression = column.defaultValue {
                let bound = try binder.coerce(binder.bind(expression, ExpressionContext(scope: Scope())), to: column.type)
                value = try CastKernel.cast(evaluator.evaluate(bound, rows), to: column.type, explicit: false)
            } else {
                value = try ColumnVector(repeating: .null, type: column.type, count: count)
            }
            if column.notNull, value.validity.hasNulls { throw Self.nullViolation(column.name) }
            columns.append(value)
        }
        return columns
    }

    private static func containsSubquery(_ expression: Expression) -> Bool {
        var found = false
        ExpressionWalker.visit(expression) { node in
            switch node.kind {
            case .subquery, .exists, .inSubquery, .quantified: found = true
            default: break
            }
        }
        return found
    }

    static func nullViolation(_ column: String) -> SQLError {
        SQLError("23502", "Cannot insert a NULL value into column \(column)")
    }

    /// The table column positions an INSERT lists (all columns when it lists none).
    func targetColumns(_ names: [Identifier], _ definition: TableDefinition) throws -> [Int] {
        guard !names.isEmpty else { return Array(definition.columns.indices) }
        var positions: [Int] = []
        for name in names {
            guard let position = definition.columnIndex(name.value) else {
                throw SQLError(SQLState.undefinedColumn, "column \"\(name.value)\" of relation \"\(definition.name)\" does not exist",
                               position: name.location.position)
            }
            guard !positions.contains(position) else {
                throw SQLError(SQLState.duplicateColumn, "column \"\(name.value)\" specified more than once",
                               position: name.location.position)
            }
            positions.append(position)
        }
        return positions
    }

    /// A value for a column in INSERT VALUES or UPDATE SET: `DEFAULT` means the column's default.
    func assignment(_ expression: Expression, to column: TableColumn, binder: Binder) throws -> BoundExpression {
        if case .defaultValue = expression.kind {
            guard let written = column.defaultValue else { return .constant(.null, column.type) }
            return try binder.coerce(binder.bind(written, ExpressionContext(scope: Scope())), to: column.type)
        }
        if column.identity?.generatedByDefault == false {
            throw SQLError(SQLState.featureNotSupported, "cannot set an identity column to a value",
                           position: expression.location.position)
        }
        let bound = try binder.bind(expression, ExpressionContext(scope: Scope(), aggregatesForbiddenIn: "VALUES"))
        return try assignmentCast(bound, to: column, binder: binder, at: expression.location)
    }

    func assignmentCast(_ bound: BoundExpression, to column: TableColumn, binder: Binder,
                        at location: SourceLocation) throws -> BoundExpression {
        try Binder.at(location) {
            try checkAssignable(bound.type, to: column, untyped: Binder.isUntyped(bound))
            if case .constant = bound { return try binder.coerce(bound, to: column.type) }
            return bound.type == column.type ? bound : .cast(bound, column.type, explicit: false)
        }
    }

    /// A value may be stored in a column when its type converts implicitly, or when it is an
    /// untyped literal (a quoted string or NULL), which is read as the column's type.
    private func checkAssignable(_ type: DataType, to column: TableColumn, untyped: Bool) throws {
        guard untyped || type.castKind(to: column.type) == .implicit else {
            throw SQLError(SQLState.datatypeMismatch,
                           "column \"\(column.name)\" is of type \(column.type.baseName) but expression is of type \(type.baseName)",
                           hint: "You will need to rewrite or cast the expression.")
        }
    }
}
