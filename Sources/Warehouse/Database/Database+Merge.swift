extension Database {
    /// MERGE as Redshift runs it: the source rows (numbered) are joined with the target on the
    /// match condition. A target row matching more than one source row is an error; target
    /// rows matching the same source row collapse into one (Redshift's documented way of
    /// removing duplicate keys); matched rows are updated or deleted; unmatched source rows are
    /// inserted. `REMOVE DUPLICATES` is the simplified mode: update every column from the
    /// matching source row, insert the rest, source and target having the same columns.
    func runMerge(_ merge: Merge) throws -> StatementResult {
        let binder = binder()
        var table = try binder.lookupTable(merge.target)
        let definition = table.definition
        let width = definition.columns.count
        let (sourcePlan, sourceScope) = try binder.bindTableReference(merge.source)
        let sourceWidth = sourcePlan.types.count
        // The source's row number follows its columns; the target's row ID follows the target's.
        let numbered = LogicalPlan.window(sourcePlan, [WindowFunctionPlan(kind: .rowNumber, arguments: [], partitionBy: [],
                                                                         orderBy: [], frame: .partition, type: .bigint)])
        let hidden = Scope(columns: [Scope.Column(qualifier: nil, name: "", type: .bigint, mergedAway: true)])
        let targetScope = Scope(columns: definition.columns.map {
            Scope.Column(qualifier: merge.targetAlias?.value ?? definition.name, name: $0.name, type: $0.type)
        }) + hidden
        let joinedScope = targetScope + sourceScope + hidden
        let condition = try binder.bind(merge.condition, ExpressionContext(scope: joinedScope, aggregatesForbiddenIn: "MERGE"))
        guard condition.type == .boolean else {
            throw SQLError(SQLState.datatypeMismatch, "argument of ON must be type boolean, not type \(condition.type.baseName)",
                           position: merge.condition.location.position)
        }
        let action = try mergeAction(merge, definition: definition, sourceWidth: sourceWidth, joinedScope: joinedScope,
                                     sourceScope: sourceScope + hidden, binder: binder)
        let scan = LogicalPlan.scan(ScanPlan(schema: definition.schema, table: definition.name, projection: Array(0..<width),
                                             types: definition.columns.map(\.type), withRowID: true))
        let join = LogicalPlan.join(JoinPlan(kind: .inner, left: scan, right: numbered, leftKeys: [], rightKeys: [],
                                             residual: condition))
        let rowID = BoundExpression.column(width, .bigint)
        let sourceRow = BoundExpression.column(width + 1 + sourceWidth, .bigint)
        let newRow = Self.newRow(definition, assigned: action.assigned, values: action.updateValues)
        let matches = try run(.project(join, [rowID, sourceRow] + newRow)).combined()
        let matchedIDs = Self.int64s(matches.columns[0]), matchedSources = Self.int64s(matches.columns[1])

        // Each target row may match once; target rows matching the same source row collapse into
        // the first of them, which alone gets a new version (unless the action deletes).
        var matched = Set<Int64>()
        var survivorOf: [Int64: Int] = [:]
        for (match, id) in matchedIDs.enumerated() {
            guard matched.insert(id).inserted else {
                throw SQLError(SQLState.internalError, "Found multiple matches to update the same tuple.")
            }
            if let kept = survivorOf[matchedSources[match]], matchedIDs[kept] < id { continue }
            survivorOf[matchedSources[match]] = match
        }
        // As UPDATE and DELETE do: matched rows are marked deleted, new versions appended.
        _ = table.storage.markDeleted(Array(matched))
        if !action.deletes, !survivorOf.isEmpty {
            let survivors = SelectionVector(survivorOf.values.sorted().map { UInt32($0) })
            try table.storage.append(Self.rowVersions(matches, from: 2, chosen: survivors, definition: definition))
        }

        // Source rows no target row matched become new rows.
        let matchedSourceRows = Set(matchedSources)
        let candidates = try run(.project(numbered, [.column(sourceWidth, .bigint)] + action.insertValues)).combined()
        let fresh = SelectionVector(Self.int64s(candidates.columns[0]).enumerated()
            .filter { !matchedSourceRows.contains($0.element) }.map { UInt32($0.offset) })
        var identityNext = definition.identityNext
        if fresh.count > 0 {
            let listed = try zip(candidates.columns.dropFirst(), action.insertTargets).map { column, target in
                try CastKernel.cast(column.gathered(fresh), to: definition.columns[target].type, explicit: false)
            }
            let evaluator = ExpressionEvaluator(context: ExecutionContext(system: systemState))
            try table.storage.append(Batch(columns: completeColumns(definition, listed: listed, at: action.insertTargets,
                                                                    count: fresh.count, identityNext: &identityNext,
                                                                    binder: binder, evaluator: evaluator),
                                           count: fresh.count))
        }
        table.definition.identityNext = identityNext
        catalog.updateTable(table)
        return StatementResult(commandTag: "MERGE \(matched.count + fresh.count)")
    }

    /// What a MERGE does with matched and unmatched rows, bound: the columns UPDATE assigns and
    /// their values over the joined row (none for DELETE), and the columns INSERT fills with
    /// values over the source row.
    private struct MergeAction {
        var deletes = false
        var assigned: [Int] = []
        var updateValues: [BoundExpression] = []
        var insertTargets: [Int] = []
        var insertValues: [BoundExpression] = []
    }

    private func mergeAction(_ merge: Merge, definition: TableDefinition, sourceWidth: Int, joinedScope: Scope,
                             sourceScope: Scope, binder: Binder) throws -> MergeAction {
        var action = MergeAction()
        let width = definition.columns.count
        if merge.removeDuplicates {
            let sourceTypes = sourceScope.columns.prefix(sourceWidth).map(\.type)
            guard sourceWidth == width else {
                throw SQLError(SQLState.syntaxError,
                               "source table and target table must have the same number of columns for MERGE with REMOVE DUPLICATES",
                               position: merge.target.location.position)
            }
            for (position, column) in definition.columns.enumerated() {
                let value = try assignmentCast(.column(width + 1 + position, sourceTypes[position]), to: column, binder: binder,
                                               at: merge.target.location)
                action.assigned.append(position)
                action.updateValues.append(value)
                action.insertValues.append(try assignmentCast(.column(position, sourceTypes[position]), to: column,
                                                              binder: binder, at: merge.target.location))
            }
            action.insertTargets = Array(0..<width)
            return action
        }
        // Redshift's grammar takes exactly WHEN MATCHED (UPDATE or DELETE) then WHEN NOT MATCHED (INSERT).
        let shape = merge.clauses.map { clause -> Bool in
            if case .notMatchedInsert = clause.kind { return false }
            return true
        }
        guard shape == [true, false] else {
            let location = merge.clauses.first?.location ?? merge.condition.location
            throw SQLError(SQLState.syntaxError, "MERGE needs a WHEN MATCHED clause followed by a WHEN NOT MATCHED clause",
                           position: location.position)
        }
        for clause in merge.clauses {
            switch clause.kind {
            case .matchedUpdate(let assignments):
                (action.assigned, action.updateValues) = try boundAssignments(
                    assignments, definition: definition,
                    context: ExpressionContext(scope: joinedScope, aggregatesForbiddenIn: "MERGE"), binder: binder)
            case .matchedDelete:
                action.deletes = true
            case .notMatchedInsert(let columns, let values):
                action.insertTargets = try targetColumns(columns, definition)
                guard values.count == action.insertTargets.count else {
                    throw SQLError(SQLState.syntaxError, values.count > action.insertTargets.count
                                   ? "INSERT has more expressions than target columns" : "INSERT has more target columns than expressions",
                                   position: clause.location.position)
                }
                let context = ExpressionContext(scope: sourceScope, aggregatesForbiddenIn: "MERGE")
                action.insertValues = try zip(values, action.insertTargets).map { expression, target in
                    let column = definition.columns[target]
                    if case .defaultValue = expression.kind { return try assignment(expression, to: column, binder: binder) }
                    return try assignmentCast(binder.bind(expression, context), to: column, binder: binder, at: expression.location)
                }
            }
        }
        return action
    }
}
