extension Binder {
    /// Binds `f(...) OVER (PARTITION BY ... ORDER BY ... ROWS ...)` with Redshift's rules: ranking
    /// functions take no frame, aggregates with ORDER BY need an explicit ROWS frame, and only
    /// ROWS frames exist.
    func bindWindowFunction(_ call: FunctionCall, _ window: WindowSpec, _ context: ExpressionContext,
                            location: SourceLocation) throws -> WindowFunctionPlan {
        let name = call.name.name.value
        let partitionBy = try window.partitionBy.map { try bind($0, context) }
        let orderBy = try window.orderBy.map { Self.sortKey($0, try bind($0.expression, context)) }
        let arguments = try call.arguments.map { try bind($0, context) }
        let frame = try rowFrame(window.frame, context)
        func plan(_ kind: WindowFunctionPlan.Kind, _ arguments: [BoundExpression], _ type: DataType,
                  frame: RowFrame = .partition) -> WindowFunctionPlan {
            WindowFunctionPlan(kind: kind, arguments: arguments, partitionBy: partitionBy, orderBy: orderBy, frame: frame, type: type)
        }
        switch name {
        case "row_number", "rank", "dense_rank":
            guard arguments.isEmpty else { throw FunctionCatalog.noSuchFunction(name, arguments.map(\.type)) }
            guard window.frame == nil else {
                throw SQLError(SQLState.syntaxError, "frame clause is not allowed for \(name)", position: window.location.position)
            }
            let kind: WindowFunctionPlan.Kind = name == "row_number" ? .rowNumber : name == "rank" ? .rank : .denseRank
            return plan(kind, [], name == "row_number" ? .bigint : .integer)
        case "percent_rank", "cume_dist", "ntile":
            guard window.frame == nil else {
                throw SQLError(SQLState.syntaxError, "frame clause is not allowed for \(name)", position: window.location.position)
            }
            if name == "ntile" {
                guard arguments.count == 1, case .constant(let datum, _) = arguments[0], let buckets = Int(datum.text),
                      (1...Self.maximumOffset).contains(buckets) else {
                    throw SQLError(SQLState.invalidParameterValue, "argument of ntile must be a positive integer constant",
                                   position: location.position)
                }
                return plan(.ntile(buckets), [], .bigint)
            }
            guard arguments.isEmpty else { throw FunctionCatalog.noSuchFunction(name, arguments.map(\.type)) }
            return plan(name == "percent_rank" ? .percentRank : .cumeDist, [], .doublePrecision)
        case "lag", "lead":
            guard (1...3).contains(arguments.count) else { throw FunctionCatalog.noSuchFunction(name, arguments.map(\.type)) }
            var offset = 1
            if arguments.count > 1 {
                guard case .constant(let datum, _) = arguments[1], let value = Int(datum.text), (0...Self.maximumOffset).contains(value) else {
                    throw SQLError(SQLState.invalidParameterValue, "the offset of \(name) must be a non-negative integer constant",
                                   position: call.arguments[1].location.position)
                }
                offset = value
            }
            var shifted = [arguments[0]]
            if arguments.count == 3 { shifted.append(try coerce(arguments[2], to: arguments[0].type)) }
            return plan(.shift(offset: name == "lag" ? -offset : offset), shifted, arguments[0].type)
        case "first_value", "last_value":
            guard arguments.count == 1 else { throw FunctionCatalog.noSuchFunction(name, arguments.map(\.type)) }
            try requireFrame(window, name)
            return plan(name == "first_value" ? .firstValue : .lastValue, arguments, arguments[0].type, frame: frame)
        case "nth_value":
            guard arguments.count == 2 else { throw FunctionCatalog.noSuchFunction(name, arguments.map(\.type)) }
            guard case .constant(let datum, _) = arguments[1], let n = Int(datum.text), (1...Self.maximumOffset).contains(n) else {
                throw SQLError(SQLState.invalidParameterValue, "argument of nth_value must be a positive integer constant",
                               position: call.arguments[1].location.position)
            }
            try requireFrame(window, name)
            return plan(.nthValue(n), [arguments[0]], arguments[0].type, frame: frame)
        default:
            guard let aggregate = functions.aggregates[name],
                  let resolved = try aggregate.resolve(arguments.map(\.type), call.isDistinct) else {
                throw Self.located(FunctionCatalog.noSuchFunction(name, arguments.map(\.type)), location)
            }
            try requireFrame(window, name)
            if call.isDistinct {
                throw SQLError(SQLState.featureNotSupported, "DISTINCT is not supported for window functions",
                               position: location.position)
            }
            let cast = try zip(arguments, resolved.argumentTypes).map { try coerce($0, to: $1) }
            return plan(.aggregate(resolved), cast, resolved.returnType, frame: frame)
        }
    }

    /// RATIO_TO_REPORT(x) OVER (PARTITION BY ...): x over the sum of x in its partition, as
    /// DOUBLE PRECISION (NULL for a NULL x); its OVER clause takes no ORDER BY or frame.
    func bindRatioToReport(_ call: FunctionCall, _ window: WindowSpec, _ context: ExpressionContext,
                           _ windowing: Windowing) throws -> BoundExpression {
        guard window.orderBy.isEmpty, window.frame == nil else {
            throw SQLError(SQLState.syntaxError, "RATIO_TO_REPORT takes only PARTITION BY in its OVER clause",
                           position: window.location.position)
        }
        let arguments = try call.arguments.map { try bind($0, context) }
        guard arguments.count == 1, arguments[0].type.isNumeric,
              let sum = try functions.aggregates["sum"]?.resolve([.doublePrecision], false) else {
            throw FunctionCatalog.noSuchFunction("ratio_to_report", arguments.map(\.type))
        }
        let value = try coerce(arguments[0], to: .doublePrecision)
        let total = windowing.add(WindowFunctionPlan(kind: .aggregate(sum), arguments: [value],
                                                     partitionBy: try window.partitionBy.map { try bind($0, context) },
                                                     orderBy: [], frame: .partition, type: .doublePrecision))
        return .arithmetic(.divide, value, total, .doublePrecision)
    }

    /// The largest row offset a frame, LAG or LEAD may name; larger ones could not reach a row.
    static let maximumOffset = Int(Int32.max)

    private func requireFrame(_ window: WindowSpec, _ name: String) throws {
        if !window.orderBy.isEmpty && window.frame == nil {
            throw SQLError(SQLState.syntaxError, "Aggregate window functions with an ORDER BY clause require a frame clause",
                           position: window.location.position)
        }
    }

    /// A written ROWS frame as offsets; `ROWS start` alone ends at the current row.
    private func rowFrame(_ frame: WindowFrame?, _ context: ExpressionContext) throws -> RowFrame {
        guard let frame else { return .partition }
        guard frame.unit == .rows else {
            throw SQLError(SQLState.featureNotSupported, "RANGE frames are not supported; use ROWS", position: frame.location.position)
        }
        func offset(_ bound: FrameBound) throws -> Int? {
            switch bound {
            case .unboundedPreceding, .unboundedFollowing: return nil
            case .currentRow: return 0
            case .preceding(let expression), .following(let expression):
                guard case .literal(.integer(let value)) = expression.kind, (0...Int64(Self.maximumOffset)).contains(value) else {
                    throw SQLError(SQLState.invalidParameterValue, "frame offsets must be non-negative integer constants",
                                   position: expression.location.position)
                }
                if case .preceding = bound { return -Int(value) }
                return Int(value)
            }
        }
        guard let end = frame.end else {
            switch frame.start {
            case .following, .unboundedFollowing: return RowFrame(start: 0, end: try offset(frame.start))
            default: return RowFrame(start: try offset(frame.start), end: 0)
            }
        }
        if case .unboundedFollowing = frame.start {
            throw SQLError(SQLState.syntaxError, "frame start cannot be UNBOUNDED FOLLOWING", position: frame.location.position)
        }
        if case .unboundedPreceding = end {
            throw SQLError(SQLState.syntaxError, "frame end cannot be UNBOUNDED PRECEDING", position: frame.location.position)
        }
        return RowFrame(start: try offset(frame.start), end: try offset(end))
    }
}
