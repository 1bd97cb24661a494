extension Binder {
    /// Binds a value expression in `context`.
    func bind(_ expression: Expression, _ context: ExpressionContext) throws -> BoundExpression {
        if let grouping = context.grouping, let grouped = try bindGrouped(expression, grouping, context) {
            return grouped
        }
        return try Self.at(expression.location) { ConstantFolding.fold(try bindNode(expression, context), system: system) }
    }

    /// In a grouped query: a GROUP BY key or an aggregate call becomes a column of the aggregate
    /// operator's output; a bare column that is neither is PostgreSQL's grouping error.
    private func bindGrouped(_ expression: Expression, _ grouping: Grouping,
                             _ context: ExpressionContext) throws -> BoundExpression? {
        if let key = grouping.key(matching: expression, inputColumn: nil) { return key }
        switch expression.kind {
        case .column(let parts):
            if let outer = try outerReference(parts, grouping.inputScope) { return outer }
            let column = try grouping.inputScope.resolve(parts)
            if let key = grouping.key(matching: expression, inputColumn: column) { return key }
            let scopeColumn = grouping.inputScope.columns[column]
            let name = scopeColumn.qualifier.map { "\($0).\(scopeColumn.name)" } ?? scopeColumn.name
            throw SQLError(SQLState.groupingError,
                           "column \"\(name)\" must appear in the GROUP BY clause or be used in an aggregate function",
                           position: expression.location.position)
        case .function(let call) where call.window == nil && functions.isAggregate(call.name.name.value):
            return try grouping.position(of: expression) {
                try bindAggregate(call, ExpressionContext(scope: grouping.inputScope, aggregatesForbiddenIn: "aggregate"),
                                  location: expression.location)
            }
        default:
            return nil
        }
    }

    func bindAggregate(_ call: FunctionCall, _ argumentContext: ExpressionContext,
                       location: SourceLocation) throws -> BoundAggregate {
        // `APPROXIMATE COUNT(DISTINCT x)` and `APPROXIMATE PERCENTILE_DISC` are aggregates of their
        // own (HyperLogLog, and a percentile Redshift may compute from a sample).
        let name = (call.isApproximate ? "approximate_" : "") + call.name.name.value
        // An ordered-set aggregate (`LISTAGG(x, ',') WITHIN GROUP (ORDER BY y)`,
        // `PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY x)`) receives its ordering expressions as
        // trailing arguments, in order, and sorts by them ascending.
        if let descending = call.withinGroup.first(where: { $0.direction == .descending }) {
            throw SQLError(SQLState.featureNotSupported, "DESC in WITHIN GROUP (ORDER BY ...) is not supported yet",
                           position: descending.expression.location.position)
        }
        var arguments = try (call.arguments + call.withinGroup.map(\.expression)).map { try bind($0, argumentContext) }
        if name == "listagg", !arguments.isEmpty {
            // Any value is listed as text; the delimiter is always passed so ordering keys follow it.
            if !arguments[0].type.isString {
                arguments[0] = try coerce(arguments[0], to: .varchar(length: DataType.maxVarcharLength), explicit: true)
            }
            if call.arguments.count == 1 { arguments.insert(.constant(.null, .varchar(length: 1)), at: 1) }
        }
        guard let aggregate = functions.aggregates[name],
              let resolved = try aggregate.resolve(arguments.map(\.type), call.isDistinct) else {
            throw Self.located(FunctionCatalog.noSuchFunction(name, arguments.map(\.type)), location)
        }
        let cast = try zip(arguments, resolved.argumentTypes).map { try coerce($0, to: $1) }
        return BoundAggregate(function: resolved, arguments: cast, distinct: call.isDistinct, name: name)
    }

    private func bindNode(_ expression: Expression, _ context: ExpressionContext) throws -> BoundExpression {
        switch expression.kind {
        case .literal(let literal):
            return try Self.bindLiteral(literal)
        case .column(let parts):
            if let outer = try outerReference(parts, context.scope) { return outer }
            let index = try context.scope.resolve(parts)
            return .column(index, context.scope.columns[index].type)
        case .unary(let op, let operand):
            let bound = try bind(operand, context)
            switch op {
            case .plus: return bound
            case .minus:
                guard bound.type.isNumeric else {
                    throw SQLError(SQLState.undefinedFunction, "operator does not exist: - \(bound.type.baseName)")
                }
                return .negate(bound)
            case .not:
                let operand = try requireBoolean(bound, "NOT")
                if case .correlated(var subquery) = operand {
                    subquery.negated.toggle()
                    return .correlated(subquery)
                }
                return .not(operand)
            }
        case .binary(let op, let left, let right):
            if let shifted = try bindIntervalArithmetic(op, left, right, context) { return shifted }
            return try bindBinary(op, bind(left, context), bind(right, context), at: (left.location, right.location))
        case .logical(let op, let operands):
            let bound = try operands.map { try requireBoolean(bind($0, context), op.rawValue) }
            return op == .and ? .and(bound) : .or(bound)
        case .isNull(let operand, let negated):
            return .isNull(try bind(operand, context), negated: negated)
        case .isTruth(let operand, let truth, let negated):
            let value = try requireBoolean(bind(operand, context), "IS \(truth.rawValue)")
            let test: BoundExpression
            switch truth {
            case .true: test = .coalesce([value, .constant(.boolean(false), .boolean)], .boolean)
            case .false: test = .coalesce([.not(value), .constant(.boolean(false), .boolean)], .boolean)
            case .unknown: test = .isNull(value, negated: false)
            }
            return negated ? .not(test) : test
        case .isDistinctFrom(let left, let right, let negated):
            let (l, r) = try comparable(bind(left, context), bind(right, context), "=")
            return .isDistinctFrom(l, r, negated: negated)
        case .between(let value, let low, let high, let negated, _):
            let bound = try bind(value, context)
            let lower = try comparison(.greaterOrEqual, bound, bind(low, context), at: (value.location, low.location))
            let upper = try comparison(.lessOrEqual, bound, bind(high, context), at: (value.location, high.location))
            let both = BoundExpression.and([lower, upper])
            return negated ? .not(both) : both
        case .like(let value, let pattern, let escape, let kind, let negated):
            let text = try asText(bind(value, context)), patternText = try asText(bind(pattern, context))
            if kind == .similarTo {
                let escapeText = try escape.map { try asText(bind($0, context)) } ?? .constant(.string("\\"), .varchar(length: 1))
                let match = try callScalar("similar_to", [text, patternText, escapeText])
                return negated ? .not(match) : match
            }
            let written = try escape.map { try LikePattern.withBackslashEscapes(patternText, escape: asText(bind($0, context))) }
            return .like(text, pattern: written ?? patternText, caseInsensitive: kind == .ilike, negated: negated)
        case .inList(let value, let items, let negated):
            let bound = try bind(value, context)
            let tests = try items.map { try comparison(.equal, bound, bind($0, context), at: (value.location, $0.location)) }
            let any = BoundExpression.or(tests)
            return negated ? .not(any) : any
        case .inSubquery(let value, let query, let negated):
            let bound = try bind(value, context)
            let subquery = try bindSubquery(query, outer: context.scope)
            guard let type = subquery.plan.types.first, subquery.plan.types.count == 1 else {
                throw SQLError(SQLState.syntaxError, "subquery has too many columns")
            }
            let (probe, _) = try comparable(bound, .column(0, type), "=")
            let plan = probe.type == type ? subquery.plan : .project(subquery.plan, [.cast(.column(0, type), probe.type, explicit: false)])
            if Correlation.isCorrelated(plan) {
                return .correlated(CorrelatedSubquery(plan: plan, probe: probe, negated: negated))
            }
            return .inSubquery(probe, SubqueryPlan(id: subquery.id, plan: plan), negated: negated)
        case .exists(let query):
            let subquery = try bindSubquery(query, outer: context.scope)
            if Correlation.isCorrelated(subquery.plan) {
                return .correlated(CorrelatedSubquery(plan: subquery.plan, probe: nil, negated: false))
            }
            return .exists(subquery)
        case .subquery(let query):
            let subquery = try bindSubquery(query, outer: context.scope)
            if Correlation.isCorrelated(subquery.plan) {
                guard context.grouping == nil else {
                    throw SQLError(SQLState.featureNotSupported,
                                   "correlated scalar subqueries are not supported in a grouped query's select list or HAVING clause")
                }
                guard subquery.plan.types.count == 1 else {
                    throw SQLError(SQLState.syntaxError, "subquery must return only one column")
                }
                // A correlated aggregate by equalities becomes a left join; any other shape is
                // run per binding of the outer columns it reads.
                if let joins = context.scalarJoins {
                    do {
                        return try joins.add(subquery.plan, binder: self)
                    } catch let error as SQLError where error.sqlState == SQLState.featureNotSupported {}
                }
                return .apply(.scalar(subquery.plan))
            }
            guard subquery.plan.types.count == 1 else {
                throw SQLError(SQLState.syntaxError, "subquery must return only one column")
            }
            return .scalarSubquery(subquery)
        case .quantified(let value, let op, let quantifier, let query):
            // `= ANY` is IN and `<> ALL` is NOT IN; the other quantified comparisons are not built.
            switch (op, quantifier) {
            case (.equal, .any):
                return try bindNode(Expression(kind: .inSubquery(value, query, negated: false), location: expression.location), context)
            case (.notEqual, .all):
                return try bindNode(Expression(kind: .inSubquery(value, query, negated: true), location: expression.location), context)
            default:
                let comparisons: [BinaryOperator: ComparisonOperation] = [
                    .equal: .equal, .notEqual: .notEqual, .less: .less, .lessOrEqual: .lessOrEqual,
                    .greater: .greater, .greaterOrEqual: .greaterOrEqual,
                ]
                guard let comparison = comparisons[op] else { throw TypeErrors.operatorDoesNotExist(.boolean, op.rawValue, .boolean) }
                let bound = try bind(value, context)
                let subquery = try bindSubquery(query, outer: context.scope)
                guard let type = subquery.plan.types.first, subquery.plan.types.count == 1 else {
                    throw SQLError(SQLState.syntaxError, "subquery has too many columns")
                }
                guard !Correlation.isCorrelated(subquery.plan) else {
                    throw SQLError(SQLState.featureNotSupported, "correlated \(op.rawValue) \(quantifier.rawValue) subqueries are not supported")
                }
                let (probe, _) = try comparable(bound, .column(0, type), comparison.symbol)
                let plan = probe.type == type ? subquery.plan
                    : .project(subquery.plan, [.cast(.column(0, type), probe.type, explicit: false)])
                return .quantified(comparison, probe, SubqueryPlan(id: subquery.id, plan: plan), all: quantifier == .all)
            }
        case .cast(let operand, let typeName):
            if typeName.name.lowercased() == "interval" { throw Self.intervalNotSupported }
            let target = try Self.resolveType(typeName)
            return try coerce(bind(operand, context), to: target, explicit: true)
        case .caseWhen(let operand, let branches, let otherwise):
            return try bindCase(operand, branches, otherwise, context)
        case .function(let call):
            return try bindFunction(call, context, location: expression.location)
        case .defaultValue:
            throw SQLError(SQLState.syntaxError, "DEFAULT is not allowed in this context")
        case .atTimeZone, .extract, .position, .substring, .trim, .datePart, .valueFunction:
            return try bindFunctionSyntax(expression.kind, context)
        }
    }

    /// Binds a subquery that may refer to the columns of `outer`, the enclosing query's row.
    private func bindSubquery(_ query: Query, outer: Scope) throws -> SubqueryPlan {
        outerScopes.append(outer)
        defer { outerScopes.removeLast() }
        let bound = try bindQuery(query)
        return SubqueryPlan(id: newSubqueryID(), plan: bound.plan)
    }

    /// A reference to the enclosing query's row: a name this scope lacks that the innermost
    /// enclosing scope has.
    private func outerReference(_ parts: [Identifier], _ scope: Scope) throws -> BoundExpression? {
        guard let outer = outerScopes.last, (try? scope.resolve(parts)) == nil, let index = try? outer.resolve(parts) else {
            return nil
        }
        return .outerColumn(index, outer.columns[index].type)
    }

    static func bindLiteral(_ literal: Literal) throws -> BoundExpression {
        switch literal {
        case .integer(let value):
            if let small = Int32(exactly: value) { return .constant(.integer(small), .integer) }
            return .constant(.bigint(value), .bigint)
        case .numeric(let text):
            let (value, precision) = try Decimal128.parseLiteral(text)
            return .constant(.decimal(value), .decimal(precision: precision, scale: value.scale))
        case .string(let text):
            return .constant(.string(text), .varchar(length: max(text.utf8.count, 1)))
        case .boolean(let value):
            return .constant(.boolean(value), .boolean)
        case .null:
            return .constant(.null, .varchar(length: 1))
        case .typed(let typeName, let text):
            if typeName.name.lowercased() == "interval" {
                _ = try IntervalValue.parse(text)
                throw intervalNotSupported
            }
            let type = try resolveType(typeName)
            let value = try Datum.string(text).cast(from: .varchar(length: DataType.maxVarcharLength), to: type)
            return .constant(value, type)
        }
    }

    // MARK: Operators

    /// A binary operator; `at` locates the operands, so a literal that fails to convert to the
    /// other side's type is reported where it is written.
    private func bindBinary(_ op: BinaryOperator, _ left: BoundExpression, _ right: BoundExpression,
                            at locations: (SourceLocation, SourceLocation)) throws -> BoundExpression {
        if Self.isUntyped(left) != Self.isUntyped(right) {
            let literal = Self.isUntyped(left) ? locations.0 : locations.1
            return try Self.at(literal) { try bindBinary(op, left, right) }
        }
        return try bindBinary(op, left, right)
    }

    private func bindBinary(_ op: BinaryOperator, _ left: BoundExpression, _ right: BoundExpression) throws -> BoundExpression {
        switch op {
        case .equal: return try comparison(.equal, left, right)
        case .notEqual: return try comparison(.notEqual, left, right)
        case .less: return try comparison(.less, left, right)
        case .lessOrEqual: return try comparison(.lessOrEqual, left, right)
        case .greater: return try comparison(.greater, left, right)
        case .greaterOrEqual: return try comparison(.greaterOrEqual, left, right)
        case .add where left.type.isString && right.type.isString, .concatenate:
            return .concatenate(try asText(left), try asText(right))
        case .add: return try arithmetic(.add, left, right, op)
        case .subtract: return try arithmetic(.subtract, left, right, op)
        case .multiply: return try arithmetic(.multiply, left, right, op)
        case .divide: return try arithmetic(.divide, left, right, op)
        case .modulo: return try arithmetic(.modulo, left, right, op)
        case .regexMatch, .regexNotMatch, .regexMatchInsensitive, .regexNotMatchInsensitive:
            guard left.type.isString || Self.isUntyped(left), right.type.isString || Self.isUntyped(right) else {
                throw TypeErrors.operatorDoesNotExist(left.type, op.rawValue, right.type)
            }
            let insensitive = op == .regexMatchInsensitive || op == .regexNotMatchInsensitive
            let match = try callScalar(insensitive ? "texticregexeq" : "textregexeq", [try asText(left), try asText(right)])
            return op == .regexNotMatch || op == .regexNotMatchInsensitive ? .not(match) : match
        case .likeOperator, .notLikeOperator, .ilikeOperator, .notIlikeOperator:
            return .like(try asText(left), pattern: try asText(right),
                         caseInsensitive: op == .ilikeOperator || op == .notIlikeOperator,
                         negated: op == .notLikeOperator || op == .notIlikeOperator)
        default:
            throw TypeErrors.operatorDoesNotExist(left.type, op.rawValue, right.type)
        }
    }

    func comparison(_ op: ComparisonOperation, _ left: BoundExpression, _ right: BoundExpression) throws -> BoundExpression {
        let (l, r) = try comparable(left, right, op.symbol)
        return .comparison(op, l, r)
    }

    /// A comparison whose failing literal conversion is reported at the literal.
    private func comparison(_ op: ComparisonOperation, _ left: BoundExpression, _ right: BoundExpression,
                            at locations: (SourceLocation, SourceLocation)) throws -> BoundExpression {
        guard Self.isUntyped(left) != Self.isUntyped(right) else { return try comparison(op, left, right) }
        return try Self.at(Self.isUntyped(left) ? locations.0 : locations.1) { try comparison(op, left, right) }
    }

    /// Both sides of a comparison: an untyped literal (a quoted string or NULL) takes the type of
    /// the other side, as PostgreSQL's `unknown` literals do; otherwise the kernel's comparison
    /// rules apply, checked here so a mismatch is reported at bind time.
    func comparable(_ left: BoundExpression, _ right: BoundExpression,
                    _ symbol: String) throws -> (BoundExpression, BoundExpression) {
        if Self.isUntyped(left), !Self.isUntyped(right) { return (try coerce(left, to: right.type), right) }
        if Self.isUntyped(right), !Self.isUntyped(left) { return (left, try coerce(right, to: left.type)) }
        _ = try left.type.comparisonType(with: right.type, operatorSymbol: symbol)
        return (left, right)
    }

    private func arithmetic(_ op: ArithmeticOperation, _ left: BoundExpression, _ right: BoundExpression,
                            _ written: BinaryOperator) throws -> BoundExpression {
        var l = left, r = right
        if let dated = try DateArithmetic.bind(op, l, r, coerce: { try self.coerce($0, to: $1) }) { return dated }
        if Self.isUntyped(l), r.type.isNumeric { l = try coerce(l, to: r.type) }
        if Self.isUntyped(r), l.type.isNumeric { r = try coerce(r, to: l.type) }
        let type = try DataType.arithmeticResult(op, l.type, r.type)
        return .arithmetic(op, l, r, type)
    }

    private func requireBoolean(_ expression: BoundExpression, _ construct: String) throws -> BoundExpression {
        if expression.type == .boolean { return expression }
        if Self.isUntyped(expression) { return try coerce(expression, to: .boolean) }
        throw SQLError(SQLState.datatypeMismatch,
                       "argument of \(construct) must be type boolean, not type \(expression.type.baseName)")
    }

    /// A string operand: strings as they are, other values converted to VARCHAR.
    private func asText(_ expression: BoundExpression) throws -> BoundExpression {
        if expression.type.isString { return expression }
        return try coerce(expression, to: .varchar(length: DataType.maxVarcharLength))
    }

    // MARK: Casts

    /// A quoted string or NULL constant: it has no type of its own yet.
    static func isUntyped(_ expression: BoundExpression) -> Bool {
        if case .constant(let datum, _) = expression {
            if case .string = datum { return true }
            return datum == .null
        }
        return false
    }

    /// `expression` as a value of `type`. Constants convert now (so a bad literal fails at bind
    /// time with its position); other values get a cast node when the cast is implicit, or when
    /// `explicit` says the SQL wrote it.
    func coerce(_ expression: BoundExpression, to type: DataType, explicit: Bool = false) throws -> BoundExpression {
        if expression.type == type { return expression }
        if case .constant(let datum, let source) = expression, explicit || Self.isUntyped(expression) {
            let converted = BoundExpression.constant(datum == .null ? .null : try datum.cast(from: source, to: type, explicit: explicit), type)
            // A written cast gives the literal its type for good; the cast node records that.
            return explicit ? .cast(converted, type, explicit: true) : converted
        }
        guard let kind = expression.type.castKind(to: type) else { throw TypeErrors.cannotCast(expression.type, type) }
        guard explicit || kind == .implicit else {
            throw SQLError(SQLState.datatypeMismatch,
                           "cannot convert type \(expression.type.baseName) to \(type.baseName) implicitly",
                           hint: "You will need to rewrite or cast the expression.")
        }
        return .cast(expression, type, explicit: explicit)
    }

    /// Brings several branches (CASE, COALESCE) to one type: untyped literals do not vote.
    func unify(_ expressions: [BoundExpression], construct: String) throws -> (DataType, [BoundExpression]) {
        let typed = expressions.filter { !Self.isUntyped($0) }.map(\.type)
        let type: DataType
        if let common = try DataType.commonSupertype(of: typed, construct: construct) {
            type = common
        } else {
            let strings = expressions.compactMap { expression -> Int? in
                if case .constant(.string(let text), _) = expression { return text.utf8.count }
                return nil
            }
            type = .varchar(length: max(strings.max() ?? 1, 1))
        }
        return (type, try expressions.map { try coerce($0, to: type) })
    }

    private func bindCase(_ operand: Expression?, _ branches: [CaseBranch], _ otherwise: Expression?,
                          _ context: ExpressionContext) throws -> BoundExpression {
        let subject = try operand.map { try bind($0, context) }
        let conditions = try branches.map { branch -> BoundExpression in
            let value = try bind(branch.condition, context)
            if let subject { return try comparison(.equal, subject, value) }
            return try requireBoolean(value, "CASE")
        }
        let results = try branches.map { try bind($0.result, context) }
        let fallback = try otherwise.map { try bind($0, context) } ?? .constant(.null, .varchar(length: 1))
        let (type, unified) = try unify(results + [fallback], construct: "CASE")
        let pairs = zip(conditions, unified.dropLast()).map { (condition: $0, result: $1) }
        return .caseWhen(pairs, otherwise: unified[unified.count - 1], type)
    }

    // MARK: Functions

    private func bindFunction(_ call: FunctionCall, _ context: ExpressionContext,
                              location: SourceLocation) throws -> BoundExpression {
        let name = call.name.name.value
        if let window = call.window {
            guard let windowing = context.windowing else {
                throw SQLError(SQLState.groupingError, "window functions are not allowed in \(context.aggregatesForbiddenIn ?? "this context")")
            }
            var inner = context
            inner.windowing = nil
            if name == "ratio_to_report" { return try bindRatioToReport(call, window, inner, windowing) }
            return windowing.add(try bindWindowFunction(call, window, inner, location: location))
        }
        if functions.isAggregate(name) {
            let clause = context.aggregatesForbiddenIn ?? "this context"
            if clause == "aggregate" {
                throw SQLError(SQLState.groupingError, "aggregate function calls cannot be nested")
            }
            throw SQLError(SQLState.groupingError, "aggregate functions are not allowed in \(clause)")
        }
        let arguments = try call.arguments.map { try bind($0, context) }
        switch name {
        case "coalesce", "nvl":
            let (type, unified) = try unify(arguments, construct: "COALESCE")
            return .coalesce(unified, type)
        case "decode" where arguments.count >= 3:
            // Untyped NULLs and literals among the searches or the results take their list's type.
            let searches = stride(from: 1, to: arguments.count - 1, by: 2).map { $0 }
            let results = searches.map { $0 + 1 } + (arguments.count % 2 == 0 ? [arguments.count - 1] : [])
            let (_, searched) = try unify([arguments[0]] + searches.map { arguments[$0] }, construct: "CASE")
            let (_, chosen) = try unify(results.map { arguments[$0] }, construct: "CASE")
            var unified = arguments
            unified[0] = searched[0]
            for (index, position) in searches.enumerated() { unified[position] = searched[index + 1] }
            for (index, position) in results.enumerated() { unified[position] = chosen[index] }
            return try callScalar(name, unified)
        case "nvl2" where arguments.count == 3 && (Self.isUntyped(arguments[1]) || Self.isUntyped(arguments[2])):
            let (_, unified) = try unify(Array(arguments[1...]), construct: "NVL2")
            return try callScalar(name, [arguments[0]] + unified)
        case "nullif" where arguments.count == 2:
            let (first, second) = try comparable(arguments[0], arguments[1], "=")
            let equal = BoundExpression.comparison(.equal, first, second)
            return .caseWhen([(condition: equal, result: .constant(.null, first.type))], otherwise: first, first.type)
        case "greatest", "least":
            // Untyped NULLs and quoted literals take the other arguments' type, as in COALESCE.
            let (_, unified) = try unify(arguments, construct: name.uppercased())
            return try callScalar(name, unified)
        case "round", "trunc":
            return try Self.roundedToDigits(callScalar(name, arguments), arguments)
        default:
            return try callScalar(name, arguments)
        }
    }

    /// ROUND and TRUNC of a DECIMAL to a constant number of digits keep only those digits:
    /// `round(28.05, 1)` is 28.1 and `trunc(111.15, -1)` is 110, as Redshift prints them.
    private static func roundedToDigits(_ call: BoundExpression, _ arguments: [BoundExpression]) throws -> BoundExpression {
        func constant(_ expression: BoundExpression) -> Int? {
            switch expression {
            case .constant(let datum, _): Int(datum.text)
            case .negate(let operand): constant(operand).map { -$0 }
            case .cast(let operand, _, _): constant(operand)
            default: nil
            }
        }
        guard arguments.count == 2, case .decimal(let precision, let scale) = call.type,
              let places = constant(arguments[1]) else { return call }
        let kept = max(0, min(scale, places))
        return kept == scale ? call : .cast(call, .decimal(precision: precision, scale: kept), explicit: true)
    }

    /// A scalar call through the function catalog, its arguments cast to what the function takes.
    func callScalar(_ name: String, _ arguments: [BoundExpression]) throws -> BoundExpression {
        let resolved = try functions.resolveScalar(name, argumentTypes: arguments.map(\.type))
        let cast = try zip(arguments, resolved.argumentTypes).map { try coerce($0, to: $1) }
        return .function(resolved, cast, name: name)
    }

    /// The special-syntax calls (`EXTRACT(f FROM x)`, `POSITION(a IN b)`, `SUBSTRING(x FROM a FOR b)`,
    /// `TRIM(...)`, `x AT TIME ZONE z`, date-part words, `CURRENT_DATE`...) become ordinary calls
    /// of the function library's functions.
    private func bindFunctionSyntax(_ kind: ExpressionKind, _ context: ExpressionContext) throws -> BoundExpression {
        func text(_ value: String) -> BoundExpression { .constant(.string(value), .varchar(length: max(value.utf8.count, 1))) }
        switch kind {
        case .extract(let field, let from):
            return try callScalar("extract", [text(field), bind(from, context)])
        case .position(let needle, let haystack):
            return try callScalar("strpos", [bind(haystack, context), bind(needle, context)])
        case .substring(let value, let from, let length):
            let start = try from.map { try bind($0, context) } ?? .constant(.integer(1), .integer)
            let rest = try length.map { [try bind($0, context)] } ?? []
            return try callScalar("substring", [bind(value, context), start] + rest)
        case .trim(let side, let characters, let from):
            let name = side == .leading ? "ltrim" : side == .trailing ? "rtrim" : "btrim"
            let extra = try characters.map { [try bind($0, context)] } ?? []
            return try callScalar(name, [bind(from, context)] + extra)
        case .atTimeZone(let value, let zone):
            return try callScalar("timezone", [bind(zone, context), bind(value, context)])
        case .datePart(let part):
            return text(part)
        case .valueFunction(let function):
            return try callScalar(function.rawValue.lowercased(), [])
        default:
            throw SQLError(SQLState.internalError, "unexpected expression form")
        }
    }
}
