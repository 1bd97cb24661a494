extension Binder {
    /// Binds one SELECT block with the ORDER BY of its query (which may name columns the
    /// select list does not show).
    func bindSelect(_ select: Select, orderBy: [OrderItem]) throws -> BoundQuery {
        if let into = select.into {
            throw SQLError(SQLState.syntaxError, "SELECT ... INTO is not allowed here", position: into.table.location.position)
        }
        var (plan, scope) = try bindFrom(select.from)
        if let condition = select.whereClause {
            var whereContext = ExpressionContext(scope: scope, aggregatesForbiddenIn: "WHERE")
            let joins = ScalarSubqueryJoins(baseWidth: plan.types.count)
            whereContext.scalarJoins = joins
            let predicate = try booleanCondition(bind(condition, whereContext), "WHERE", condition.location)
            plan = joins.apply(to: plan)
            var conjuncts: [BoundExpression] = []
            for conjunct in Self.conjuncts(predicate) {
                if case .correlated(let subquery) = conjunct {
                    // A semi or anti join when the correlation allows one, else run per binding.
                    do {
                        plan = try Correlation.join(plan, subquery)
                    } catch let error as SQLError where error.sqlState == SQLState.featureNotSupported {
                        conjuncts.append(.apply(.condition(subquery)))
                    }
                } else {
                    conjuncts.append(Correlation.applyingNested(conjunct))
                }
            }
            if !conjuncts.isEmpty { plan = .filter(plan, conjuncts.count == 1 ? conjuncts[0] : .and(conjuncts)) }
        }
        let items = try expandItems(select.items, scope)
        let names = items.map(\.name)
        let grouping = try makeGrouping(select, items: items, orderBy: orderBy, scope: scope)
        let windowing = Windowing()
        var context = ExpressionContext(scope: scope, grouping: grouping,
                                        aggregatesForbiddenIn: grouping == nil ? "WHERE" : nil, windowing: windowing)
        let selectJoins = ScalarSubqueryJoins(baseWidth: plan.types.count)
        if grouping == nil { context.scalarJoins = selectJoins }
        var outputs = try items.map { item -> BoundExpression in
            switch item.source {
            case .column(let index) where grouping != nil:
                // `*` in a grouped query: each column must be a key, checked as if written out.
                return try bind(columnExpression(index, scope, at: select.location), context)
            case .column(let index):
                return .column(index, scope.columns[index].type)
            case .expression(let expression):
                return try bind(expression, context)
            }
        }
        if grouping == nil { outputs = outputs.map(Correlation.applyingNested) }
        var having: BoundExpression?
        if let condition = select.having {
            var havingContext = context
            havingContext.windowing = nil
            havingContext.aggregatesForbiddenIn = nil
            having = try booleanCondition(bind(condition, havingContext), "HAVING", condition.location)
        }
        var keys: [SortKeyPlan] = []
        let visible = outputs.count
        for item in orderBy {
            if let position = try outputPosition(item.expression, names: names) {
                keys.append(Self.sortKey(item, .column(position, outputs[position].type)))
                continue
            }
            if let position = items.firstIndex(where: { $0.expression == item.expression }) {
                keys.append(Self.sortKey(item, .column(position, outputs[position].type)))
                continue
            }
            if select.distinct {
                throw SQLError(SQLState.invalidParameterValue, "for SELECT DISTINCT, ORDER BY expressions must appear in select list",
                               position: item.expression.location.position)
            }
            let bound = try bind(item.expression, context)
            outputs.append(bound)
            keys.append(Self.sortKey(item, .column(outputs.count - 1, bound.type)))
        }
        plan = selectJoins.apply(to: plan)
        if let grouping { plan = aggregatePlan(plan, grouping) }
        if let having { plan = .filter(plan, having) }
        if !windowing.functions.isEmpty {
            let width = plan.types.count
            plan = .window(plan, windowing.functions)
            outputs = outputs.map { windowing.resolved($0, inputWidth: width) }
        }
        plan = .project(plan, outputs)
        if select.distinct { plan = .distinct(plan) }
        if !keys.isEmpty { plan = .sort(plan, keys) }
        if outputs.count > visible {
            plan = .project(plan, (0..<visible).map { .column($0, outputs[$0].type) })
        }
        if let top = select.top {
            plan = try bindQueryLimit(plan, top)
        }
        return BoundQuery(plan: plan, names: names)
    }

    static func conjuncts(_ predicate: BoundExpression) -> [BoundExpression] {
        if case .and(let operands) = predicate { return operands.flatMap(conjuncts) }
        return [predicate]
    }

    private func bindQueryLimit(_ plan: LogicalPlan, _ top: Expression) throws -> LogicalPlan {
        guard case .literal(.integer(let count)) = top.kind, count >= 0 else {
            throw SQLError(SQLState.syntaxError, "TOP takes a non-negative integer", position: top.location.position)
        }
        return .limit(plan, limit: Int(clamping: count), offset: 0)
    }

    private func booleanCondition(_ predicate: BoundExpression, _ clause: String,
                                  _ location: SourceLocation) throws -> BoundExpression {
        if predicate.type == .boolean { return predicate }
        if Self.isUntyped(predicate) { return try Self.at(location) { try coerce(predicate, to: .boolean) } }
        throw SQLError(SQLState.datatypeMismatch, "argument of \(clause) must be type boolean, not type \(predicate.type.baseName)",
                       position: location.position)
    }

    // MARK: Select list

    struct SelectOutput {
        enum Source { case column(Int), expression(Expression) }
        var source: Source
        var name: String
        /// The written expression, for matching ORDER BY items; nil for `*` columns.
        var expression: Expression?
    }

    private func expandItems(_ items: [SelectItem], _ scope: Scope) throws -> [SelectOutput] {
        var outputs: [SelectOutput] = []
        for item in items {
            switch item {
            case .wildcard(let qualifier, let location):
                let positions = try scope.expand(qualifier: qualifier, location: location)
                if positions.isEmpty && qualifier.isEmpty {
                    throw SQLError(SQLState.syntaxError, "SELECT * with no tables specified is not valid", position: location.position)
                }
                outputs += positions.map { SelectOutput(source: .column($0), name: scope.columns[$0].name, expression: nil) }
            case .expression(let expression, let alias):
                outputs.append(SelectOutput(source: .expression(expression),
                                            name: alias?.value ?? Self.columnName(expression), expression: expression))
            }
        }
        return outputs
    }

    /// A column expression naming scope column `index` (for `*` in a grouped query).
    private func columnExpression(_ index: Int, _ scope: Scope, at location: SourceLocation) -> Expression {
        let column = scope.columns[index]
        var parts = [Identifier(value: column.name, location: location)]
        if let qualifier = column.qualifier { parts.insert(Identifier(value: qualifier, location: location), at: 0) }
        return Expression(kind: .column(parts), location: location)
    }

    /// The names Redshift gives unaliased calls of its own functions (DG examples' headers).
    static let redshiftColumnNames = ["nvl": "coalesce", "decode": "case", "dateadd": "date_add", "datediff": "date_diff",
                                      "date_part": "pgdate_part"]

    /// The name PostgreSQL (or, for its own functions, Redshift) gives an unaliased select item.
    static func columnName(_ expression: Expression) -> String {
        switch expression.kind {
        case .column(let parts): parts.last?.value ?? "?column?"
        case .function(let call): redshiftColumnNames[call.name.name.value] ?? call.name.name.value
        case .cast(let operand, let type):
            columnName(operand) == "?column?" ? (type.words.last ?? "?column?") : columnName(operand)
        case .caseWhen: "case"
        case .extract: "date_part"
        case .position: "position"
        case .substring: "substring"
        case .trim: "btrim"
        case .exists: "exists"
        case .valueFunction(.sysdate): "timestamp"
        case .valueFunction(.currentDate): "date"
        case .valueFunction(let function): function.rawValue.lowercased()
        default: "?column?"
        }
    }

    // MARK: Grouping

    /// The grouping of a SELECT that aggregates (GROUP BY, HAVING or an aggregate call), else nil.
    private func makeGrouping(_ select: Select, items: [SelectOutput], orderBy: [OrderItem],
                              scope: Scope) throws -> Grouping? {
        let expressions = items.compactMap(\.expression) + orderBy.map(\.expression) + (select.having.map { [$0] } ?? [])
        guard !select.groupBy.isEmpty || select.having != nil || expressions.contains(where: containsAggregate) else {
            return nil
        }
        // Each GROUP BY element stands for a list of grouping sets; together they stand for
        // their cross product (`GROUP BY a, ROLLUP (b)` is the sets (a, b) and (a)).
        var sets: [[Expression]] = [[]]
        var plain = true
        for element in select.groupBy {
            let resolve = { (expression: Expression) in try self.groupKeyExpression(expression, items: items, scope: scope) }
            let choices: [[Expression]]
            switch element.kind {
            case .expression(let expression):
                choices = [[try resolve(expression)]]
            case .rollup(let expressions):
                let resolved = try expressions.map(resolve)
                choices = (0...resolved.count).reversed().map { Array(resolved.prefix($0)) }
                plain = false
            case .cube(let expressions):
                let resolved = try expressions.map(resolve)
                choices = (0..<(1 << resolved.count)).reversed().map { mask in
                    resolved.indices.filter { mask & (1 << (resolved.count - 1 - $0)) != 0 }.map { resolved[$0] }
                }
                plain = false
            case .groupingSets(let given):
                choices = try given.map { try $0.map(resolve) }
                plain = false
            }
            sets = sets.flatMap { set in choices.map { set + $0 } }
        }
        var keyExpressions: [Expression] = []
        for expression in sets.joined() where !keyExpressions.contains(expression) { keyExpressions.append(expression) }
        let context = ExpressionContext(scope: scope, aggregatesForbiddenIn: "GROUP BY")
        let keys = try keyExpressions.map { try bind($0, context) }
        let grouping = Grouping(inputScope: scope, keyExpressions: keyExpressions, keys: keys)
        if !plain {
            grouping.sets = sets.map { set in keyExpressions.indices.filter { set.contains(keyExpressions[$0]) } }
        }
        return grouping
    }

    /// The aggregate operator of a grouping: one aggregation, or for ROLLUP, CUBE and GROUPING
    /// SETS one per set, their rows put together with NULL in the keys a set leaves out.
    func aggregatePlan(_ input: LogicalPlan, _ grouping: Grouping) -> LogicalPlan {
        guard let sets = grouping.sets else {
            return .aggregate(input, keys: grouping.keys, aggregates: grouping.aggregates)
        }
        let parts = sets.map { set -> LogicalPlan in
            let aggregated = LogicalPlan.aggregate(input, keys: set.map { grouping.keys[$0] }, aggregates: grouping.aggregates)
            var layout = grouping.keys.indices.map { key -> BoundExpression in
                set.firstIndex(of: key).map { .column($0, grouping.keys[key].type) } ?? .constant(.null, grouping.keys[key].type)
            }
            layout += grouping.aggregates.indices.map { .column(set.count + $0, grouping.aggregates[$0].function.returnType) }
            return .project(aggregated, layout)
        }
        return parts.dropFirst().reduce(parts[0]) { .setOperation(.union, all: true, $0, $1) }
    }

    /// A GROUP BY item: an ordinal or an output name means that select item's expression.
    private func groupKeyExpression(_ expression: Expression, items: [SelectOutput], scope: Scope) throws -> Expression {
        switch expression.kind {
        case .literal(.integer(let ordinal)):
            guard ordinal >= 1, ordinal <= items.count, let written = items[Int(ordinal) - 1].expression else {
                throw SQLError(SQLState.invalidParameterValue, "GROUP BY position \(ordinal) is not in select list",
                               position: expression.location.position)
            }
            return written
        case .column(let parts) where parts.count == 1:
            if (try? scope.resolve(parts)) == nil,
               let item = items.first(where: { $0.name == parts[0].value }), let written = item.expression {
                return written
            }
            return expression
        default:
            return expression
        }
    }

    /// Whether an aggregate call appears outside any subquery of `expression`.
    func containsAggregate(_ expression: Expression) -> Bool {
        var found = false
        ExpressionWalker.visit(expression) { node in
            if case .function(let call) = node.kind, call.window == nil, functions.isAggregate(call.name.name.value) {
                found = true
            }
        }
        return found
    }
}
