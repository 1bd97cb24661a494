extension Database {
    /// UPDATE: a plan finds each target row (by row ID) with its new values. As in Redshift,
    /// the old rows are marked deleted and the new versions appended (to the unsorted region).
    /// With FROM, a target row that joins several source rows takes the first.
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
        let changes = try run(.project(plan, [rowID] + Self.newRow(definition, assigned: assigned, values: values))).combined()
        var seen = Set<Int64>(), firsts: [UInt32] = []
        for (row, id) in Self.int64s(changes.columns[0]).enumerated() where seen.insert(id).inserted { firsts.append(UInt32(row)) }
        let versions = try Self.rowVersions(changes, from: 1, chosen: SelectionVector(firsts), definition: definition)
        let updated = table.storage.markDeleted(Array(seen))
        try table.storage.append(versions)
        catalog.updateTable(table)
        return StatementResult(commandTag: "UPDATE \(updated)")
    }

    /// A target row's new version over a joined row whose first columns are the table's: the
    /// assigned values where a column is assigned (the last assignment wins), else the column.
    static func newRow(_ definition: TableDefinition, assigned: [Int], values: [BoundExpression]) -> [BoundExpression] {
        definition.columns.enumerated().map { position, column in
            assigned.lastIndex(of: position).map { values[$0] } ?? .column(position, column.type)
        }
    }

    /// The `chosen` rows of `changes`' columns `first ..< first + width` as new rows of the table:
    /// cast to the column types, NOT NULL checked.
    static func rowVersions(_ changes: Batch, from first: Int, chosen: SelectionVector,
                            definition: TableDefinition) throws -> Batch {
        let columns = try definition.columns.enumerated().map { position, column in
            let values = try CastKernel.cast(changes.columns[first + position].gathered(chosen), to: column.type, explicit: false)
            if column.notNull, values.validity.hasNulls { throw nullViolation(column.name) }
            return values
        }
        return try Batch(columns: columns, count: chosen.count)
    }

    static func int64s(_ column: ColumnVector) -> [Int64] {
        if case .int64(let values) = column.storage { return values.values }
        return []
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

    func runDelete(_ delete: Delete) throws -> StatementResult {
        let binder = binder()
        var table = try binder.lookupTable(delete.table)
        let definition = table.definition
        let (plan, _) = try targetPlan(definition, alias: delete.alias, using: delete.using,
                                       condition: delete.whereClause, binder: binder)
        let doomed = try run(.project(plan, [.column(definition.columns.count, .bigint)])).combined()
        let ids = Self.int64s(doomed.columns[0])
        guard !ids.isEmpty else { return StatementResult(commandTag: "DELETE 0") }
        // Rows are only marked; VACUUM reclaims them.
        let deleted = table.storage.markDeleted(ids)
        catalog.updateTable(table)
        return StatementResult(commandTag: "DELETE \(deleted)")
    }

    /// The rows of the target table (all columns, then the row ID) joined with the FROM/USING
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
