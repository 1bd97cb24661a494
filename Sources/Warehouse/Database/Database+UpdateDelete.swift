extension Database {
    /// UPDATE: a plan finds each target row (by row number) with its new values; the table is
    /// then rewritten with those rows' assigned columns replaced. With FROM, a target row that
    /// joins several source rows takes the first.
    func runUpdate(_ update: Update) throws -> StatementResult {
        let binder = binder()
        var table = try binder.lookupTable(update.table)
        let definition = table.definition
        let (plan, scope) = try targetPlan(definition, alias: update.alias, using: update.from,
                                           condition: update.whereClause, binder: binder)
        let (assigned, values) = try boundAssignments(update.assignments, definition: definition,
                                                      context: ExpressionContext(scope: scope, aggregatesForbiddenIn: "UPDATE"),
                                                      binder: binder)
        let rowID = BoundExpression.column(definition.columns.count, .bigint)
        let changes = try run(.project(plan, [rowID] + values)).combined()
        let current = try Relation(types: definition.columns.map(\.type),
                                   batches: table.storage.scan(projection: Array(definition.columns.indices))).combined()
        var source = [Int32](repeating: -1, count: current.count)
        if case .int64(let ids) = changes.columns[0].storage {
            for (row, id) in ids.values.enumerated() where source[Int(id)] < 0 { source[Int(id)] = Int32(row) }
        }
        let updated = source.filter { $0 >= 0 }.count
        var columns = current.columns
        let choice = (0..<current.count).map { UInt32(source[$0] >= 0 ? Int(source[$0]) + current.count : $0) }
        for (number, position) in assigned.enumerated() {
            columns[position] = try Self.overlay(columns[position], changes.columns[number + 1], choice: choice,
                                                 column: definition.columns[position])
        }
        try table.storage.replaceContents(with: [Batch(columns: columns, count: current.count)])
        catalog.updateTable(table)
        return StatementResult(commandTag: "UPDATE \(updated)")
    }

    /// `SET column = value, ...` of UPDATE or MERGE bound in `context`: the table positions
    /// assigned and their values, cast to the column types.
    func boundAssignments(_ assignments: [Assignment], definition: TableDefinition, context: ExpressionContext,
                          binder: Binder) throws -> ([Int], [BoundExpression]) {
        var assigned: [Int] = []
        var values: [BoundExpression] = []
        for assignment in assignments {
            guard let position = definition.columnIndex(assignment.column.value) else {
                throw SQLError(SQLState.undefinedColumn,
                               "column \"\(assignment.column.value)\" of relation \"\(definition.name)\" does not exist",
                               position: assignment.column.location.position)
            }
            let column = definition.columns[position]
            let value: BoundExpression
            if case .defaultValue = assignment.value.kind {
                value = try self.assignment(assignment.value, to: column, binder: binder)
            } else {
                if column.identity?.generatedByDefault == false {
                    throw SQLError(SQLState.featureNotSupported, "cannot update an identity column",
                                   position: assignment.column.location.position)
                }
                value = try assignmentCast(binder.bind(assignment.value, context), to: column, binder: binder,
                                           at: assignment.value.location)
            }
            assigned.append(position)
            values.append(value)
        }
        return (assigned, values)
    }

    /// A column's rows chosen by `choice`: position `i < current.count` is the current row `i`,
    /// `current.count + j` is row `j` of `newValues` (cast to the column's type). NOT NULL is checked.
    static func overlay(_ current: ColumnVector, _ newValues: ColumnVector, choice: [UInt32],
                        column: TableColumn) throws -> ColumnVector {
        var builder = ColumnBuilder(type: column.type)
        try builder.append(current)
        try builder.append(CastKernel.cast(newValues, to: column.type, explicit: false))
        let merged = builder.build().gathered(SelectionVector(choice))
        if column.notNull, merged.validity.hasNulls { throw nullViolation(column.name) }
        return merged
    }

    func runDelete(_ delete: Delete) throws -> StatementResult {
        let binder = binder()
        var table = try binder.lookupTable(delete.table)
        let definition = table.definition
        let (plan, _) = try targetPlan(definition, alias: delete.alias, using: delete.using,
                                       condition: delete.whereClause, binder: binder)
        let doomed = try run(.project(plan, [.column(definition.columns.count, .bigint)])).combined()
        var deleted = Set<Int64>()
        if case .int64(let ids) = doomed.columns[0].storage { deleted = Set(ids.values) }
        guard !deleted.isEmpty else { return StatementResult(commandTag: "DELETE 0") }
        let current = try Relation(types: definition.columns.map(\.type),
                                   batches: table.storage.scan(projection: Array(definition.columns.indices))).combined()
        let keep = SelectionVector((0..<current.count).filter { !deleted.contains(Int64($0)) }.map { UInt32($0) })
        try table.storage.replaceContents(with: [Batch(columns: current.columns.map { $0.gathered(keep) }, count: keep.count)])
        catalog.updateTable(table)
        return StatementResult(commandTag: "DELETE \(deleted.count)")
    }

    /// The rows of the target table (all columns, then the row number) joined with the FROM/USING
    /// tables and filtered by the WHERE condition; the scope names target and source columns.
    func targetPlan(_ definition: TableDefinition, alias: Identifier?, using sources: [TableReference],
                            condition: Expression?, binder: Binder) throws -> (LogicalPlan, Scope) {
        let columnCount = definition.columns.count
        var plan = LogicalPlan.scan(ScanPlan(schema: definition.schema, table: definition.name,
                                             projection: Array(0..<columnCount), types: definition.columns.map(\.type),
                                             withRowID: true))
        var scope = Scope(columns: definition.columns.map {
            Scope.Column(qualifier: alias?.value ?? definition.name, name: $0.name, type: $0.type)
        } + [Scope.Column(qualifier: nil, name: "", type: .bigint, mergedAway: true)])
        if !sources.isEmpty {
            let (right, rightScope) = try binder.bindFrom(sources)
            plan = .join(JoinPlan(kind: .inner, left: plan, right: right, leftKeys: [], rightKeys: [], residual: nil))
            scope = scope + rightScope
        }
        if let condition {
            let predicate = try binder.bind(condition, ExpressionContext(scope: scope, aggregatesForbiddenIn: "WHERE"))
            guard predicate.type == .boolean else {
                throw SQLError(SQLState.datatypeMismatch, "argument of WHERE must be type boolean, not type \(predicate.type.baseName)",
                               position: condition.location.position)
            }
            plan = .filter(plan, predicate)
        }
        return (plan, scope)
    }
}
