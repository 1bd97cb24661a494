extension Binder {
    /// Binds a FROM list: its items cross-joined, or one empty row when there is none.
    func bindFrom(_ items: [TableReference]) throws -> (LogicalPlan, Scope) {
        guard let first = items.first else { return (.values(rows: [[]], types: []), Scope()) }
        var (plan, scope) = try bindTableReference(first)
        for item in items.dropFirst() {
            let (right, rightScope) = try bindTableReference(item)
            plan = .join(JoinPlan(kind: .inner, left: plan, right: right, leftKeys: [], rightKeys: [], residual: nil))
            scope = scope + rightScope
        }
        return (plan, scope)
    }

    func bindTableReference(_ reference: TableReference) throws -> (LogicalPlan, Scope) {
        switch reference {
        case .table(let name, let alias):
            let (plan, names) = try bindRelation(name)
            let scope = Scope(columns: zip(names, plan.types).map { Scope.Column(qualifier: nil, name: $0, type: $1) })
            return (plan, scope.requalified(alias?.name.value ?? name.name.value, names: alias?.columns.map(\.value) ?? []))
        case .subquery(let query, let alias, _):
            let bound = try bindQuery(query)
            let scope = Scope(columns: zip(bound.names, bound.plan.types).map { Scope.Column(qualifier: nil, name: $0, type: $1) })
            return (bound.plan, scope.requalified(alias?.name.value, names: alias?.columns.map(\.value) ?? []))
        case .join(let join):
            return try bindJoin(join)
        }
    }

    /// A named relation: a common table expression, a view (bound afresh) or a table.
    func bindRelation(_ name: ObjectName) throws -> (LogicalPlan, [String]) {
        if name.parts.count == 1, let common = commonTables.last(where: { $0.name == name.name.value }) {
            return (common.query.plan, common.query.names)
        }
        let schema = name.parts.count > 1 ? name.parts[name.parts.count - 2].value : nil
        // pg_catalog comes first in every search path, as in PostgreSQL.
        if let system = SystemRelations.lookup(schema: schema, name: name.name.value) {
            let plan = LogicalPlan.scan(ScanPlan(schema: system.schema, table: system.name,
                                                 projection: Array(system.columns.indices),
                                                 types: system.columns.map(\.type), isSystem: true))
            return (plan, system.columns.map(\.name))
        }
        guard let found = catalog.lookup(schema: schema, name: name.name.value, searchPath: searchPath) else {
            throw Self.located(CatalogErrors.noRelation(name.description), name.location)
        }
        switch found.relation {
        case .table(let table):
            let definition = table.definition
            let plan = LogicalPlan.scan(ScanPlan(schema: definition.schema, table: definition.name,
                                                 projection: Array(definition.columns.indices),
                                                 types: definition.columns.map(\.type)))
            return (plan, definition.columns.map(\.name))
        case .view(let view):
            let saved = commonTables
            commonTables = []
            defer { commonTables = saved }
            var bound = try bindQuery(view.query)
            for (index, column) in view.columnNames.enumerated() where index < bound.names.count { bound.names[index] = column }
            return (bound.plan, bound.names)
        }
    }

    private func bindJoin(_ join: Join) throws -> (LogicalPlan, Scope) {
        let (left, leftScope) = try bindTableReference(join.left)
        let (right, rightScope) = try bindTableReference(join.right)
        let scope = leftScope + rightScope
        let kind: JoinPlan.Kind
        switch join.kind {
        case .inner, .cross: kind = .inner
        case .left: kind = .left
        case .right: kind = .right
        case .full: kind = .full
        }
        var plan = JoinPlan(kind: kind, left: left, right: right, leftKeys: [], rightKeys: [], residual: nil)
        let leftCount = leftScope.columns.count
        switch join.condition {
        case nil:
            break
        case .on(let condition):
            let bound = try bind(condition, ExpressionContext(scope: scope, aggregatesForbiddenIn: "JOIN conditions"))
            guard bound.type == .boolean else {
                throw SQLError(SQLState.datatypeMismatch, "argument of JOIN/ON must be type boolean, not type \(bound.type.baseName)",
                               position: condition.location.position)
            }
            try splitJoinCondition(bound, leftCount: leftCount, into: &plan)
        case .using(let names):
            return try mergeUsing(names, plan, leftScope, rightScope)
        case .natural:
            let common = leftScope.columns.filter { !$0.mergedAway }.map(\.name).filter { name in
                rightScope.columns.contains { $0.name == name && !$0.mergedAway }
            }
            return try mergeUsing(common.map { Identifier(value: $0, location: join.location) }, plan, leftScope, rightScope)
        }
        return (.join(plan), scope)
    }

    /// `USING (c, ...)` and NATURAL: the columns become equality keys, and the joined row shows
    /// each once, first, as PostgreSQL does: `COALESCE(left.c, right.c)`, which is the value of
    /// whichever side has the row in outer joins. The two original copies stay reachable
    /// qualified (`t.c`) but leave `*`.
    private func mergeUsing(_ names: [Identifier], _ original: JoinPlan, _ leftScope: Scope,
                            _ rightScope: Scope) throws -> (LogicalPlan, Scope) {
        var plan = original
        let leftCount = leftScope.columns.count
        var joined = leftScope + rightScope
        var merged: [BoundExpression] = []
        var mergedScope = Scope()
        for name in names {
            let leftIndex = try leftScope.resolve([name]), rightIndex = try rightScope.resolve([name])
            let (l, r) = try Self.at(name.location) {
                try keyPair(.column(leftIndex, leftScope.columns[leftIndex].type),
                            .column(rightIndex, rightScope.columns[rightIndex].type))
            }
            plan.leftKeys.append(l)
            plan.rightKeys.append(r)
            merged.append(.coalesce([l, ColumnUse.shifted(r, by: leftCount)], l.type))
            mergedScope.columns.append(Scope.Column(qualifier: nil, name: name.value, type: l.type))
            joined.columns[leftIndex].mergedAway = true
            joined.columns[leftCount + rightIndex].mergedAway = true
        }
        let passThrough = joined.columns.indices.map { BoundExpression.column($0, joined.columns[$0].type) }
        return (.project(.join(plan), merged + passThrough), mergedScope + joined)
    }

    /// Both keys of an equi-join brought to one type, so equal values hash alike.
    private func keyPair(_ left: BoundExpression, _ right: BoundExpression) throws -> (BoundExpression, BoundExpression) {
        let type = try left.type.comparisonType(with: right.type, operatorSymbol: "=")
        return (try coerce(left, to: type, explicit: true), try coerce(right, to: type, explicit: true))
    }

    /// Moves `left = right` conjuncts that compare a left-side expression with a right-side one
    /// into hash keys; everything else stays a residual condition on the joined row.
    private func splitJoinCondition(_ condition: BoundExpression, leftCount: Int, into plan: inout JoinPlan) throws {
        let conjuncts: [BoundExpression]
        if case .and(let operands) = condition { conjuncts = operands } else { conjuncts = [condition] }
        var residual: [BoundExpression] = []
        for conjunct in conjuncts {
            if case .comparison(.equal, let a, let b) = conjunct,
               let sides = ColumnUse.sides(a, b, leftCount: leftCount) {
                let (l, r) = try keyPair(sides.left, ColumnUse.shifted(sides.right, by: -leftCount))
                plan.leftKeys.append(l)
                plan.rightKeys.append(r)
            } else {
                residual.append(conjunct)
            }
        }
        if !residual.isEmpty { plan.residual = residual.count == 1 ? residual[0] : .and(residual) }
    }
}
