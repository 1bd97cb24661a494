extension Database {
    /// EXPLAIN [VERBOSE]: the plan the statement would run, described without running it, as
    /// one text column `QUERY PLAN`. A table that holds rows but was never analyzed is named
    /// under the plan and in a warning, as Redshift does.
    func runExplain(_ explain: Explain) throws -> StatementResult {
        let planner = ExplainPlanner(catalog: catalog, system: systemState)
        let root = try planner.explain(explainedPlan(explain.statement).optimized(catalog: catalog))
        var lines = explain.verbose ? root.verboseLines() + [""] : []
        lines += root.lines()
        var notices: [Notice] = []
        if !planner.unanalyzedTables.isEmpty {
            let names = planner.unanalyzedTables.joined(separator: ", ")
            lines += ["----- Tables missing statistics: \(names) -----",
                      "----- Update statistics by running the ANALYZE command on these tables -----"]
            notices.append(Notice(severity: "WARNING", "Tables missing statistics: \(names). Run ANALYZE on these tables."))
        }
        let type = DataType.varchar(length: DataType.maxVarcharLength)
        let column = try ColumnVector(type: type, datums: lines.map { .string($0) })
        return StatementResult(columns: [.init(name: "QUERY PLAN", type: type)],
                               batches: [try Batch(columns: [column], count: lines.count)],
                               returnsRows: true, commandTag: "EXPLAIN", notices: notices)
    }

    /// The bound plan of an explainable statement, checked as running it would check it.
    private func explainedPlan(_ statement: Statement) throws -> LogicalPlan {
        let binder = binder()
        switch statement.kind {
        case .query(let query):
            guard case .select(var select) = query.body, select.into != nil else { return try binder.bindQuery(query).plan }
            // SELECT ... INTO is CREATE TABLE AS: the plan of the SELECT.
            select.into = nil
            var source = query
            source.body = .select(select)
            return try binder.bindQuery(source).plan
        case .createTableAs(let create):
            let schema = try binder.creationSchema(create.name)
            if catalog.relationExists(schema: schema, name: create.name.name.value), !create.ifNotExists {
                throw Binder.located(CatalogErrors.relationExists(create.name.name.value), create.name.location)
            }
            return try binder.bindQuery(create.query).plan
        case .insert(let insert):
            let definition = try binder.lookupTable(insert.table).definition
            switch insert.source {
            case .query(let query): return try binder.bindQuery(query).plan
            case .defaultValues: return .values(rows: [[]], types: definition.columns.map(\.type))
            case .values(let rows):
                let targets = try targetColumns(insert.columns, definition)
                return .values(rows: rows.map { _ in [] }, types: targets.map { definition.columns[$0].type })
            }
        case .update(let update):
            let definition = try binder.lookupTable(update.table).definition
            let (plan, scope) = try targetPlan(definition, alias: update.alias, using: update.from,
                                               condition: update.whereClause, binder: binder)
            let (assigned, values) = try boundAssignments(update.assignments, definition: definition,
                                                          context: ExpressionContext(scope: scope, aggregatesForbiddenIn: "UPDATE"),
                                                          binder: binder)
            let rowID = BoundExpression.column(definition.columns.count, .bigint)
            return .project(plan, [rowID] + Self.newRow(definition, assigned: assigned, values: values))
        case .delete(let delete):
            let definition = try binder.lookupTable(delete.table).definition
            let (plan, _) = try targetPlan(definition, alias: delete.alias, using: delete.using,
                                           condition: delete.whereClause, binder: binder)
            return .project(plan, [.column(definition.columns.count, .bigint)])
        default:
            // Unreachable from SQL text: the parser accepts EXPLAIN only before the statements above.
            throw SQLError(SQLState.internalError, "EXPLAIN of a statement that has no plan")
        }
    }
}
