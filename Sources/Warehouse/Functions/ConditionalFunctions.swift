/// NVL/COALESCE, NVL2, DECODE, NULLIF, GREATEST and LEAST as functions. Their arguments are
/// brought to a common type by Redshift's CASE/COALESCE rules (`DataType.commonSupertype`), so
/// `coalesce(1, 'a')` fails as Redshift does; none of them is strict, so each handles NULLs
/// itself.
enum ConditionalFunctions {
    static let all: [ScalarFunction] = [
        coalescing("nvl"), coalescing("coalesce"), nvl2, decode, nullif,
        extremum("greatest", .greater), extremum("least", .less),
    ]

    /// The first non-NULL argument; Redshift's NVL takes any number of arguments.
    private static func coalescing(_ name: String) -> ScalarFunction {
        ScalarFunction(name: name) { types throws(SQLError) in
            guard let type = try commonType(types, construct: "COALESCE") else { return nil }
            return ResolvedScalarFunction(argumentTypes: types.map { _ in type }, returnType: type) {
                arguments, rowCount throws(SQLError) in
                try RowChoice.choose(from: arguments, type: type, count: rowCount) { row in
                    arguments.firstIndex { $0.validity.isValid(row) }
                }
            }
        }
    }

    /// NVL2(expr, not_null, null): the second argument where expr is not NULL, else the third.
    /// Their type is their common supertype, or the second argument's when they have none.
    private static let nvl2 = ScalarFunction(name: "nvl2") { types throws(SQLError) in
        guard types.count == 3 else { return nil }
        let type = (try? types[1].commonSupertype(with: types[2], construct: "NVL2")) ?? types[1]
        return ResolvedScalarFunction(argumentTypes: [types[0], type, type], returnType: type) {
            arguments, rowCount throws(SQLError) in
            try Arity.check(arguments, 3)
            return try RowChoice.choose(from: arguments, type: type, count: rowCount) { row in
                arguments[0].validity.isValid(row) ? 1 : 2
            }
        }
    }

    /// DECODE(expr, search1, result1 [, search2, result2]… [, default]): the result of the first
    /// search equal to expr (NULL matches NULL), else the default or NULL.
    private static let decode = ScalarFunction(name: "decode") { types throws(SQLError) in
        guard types.count >= 3 else { return nil }
        let pairs = (types.count - 1) / 2
        let hasDefault = types.count % 2 == 0
        let searchIndices = (0..<pairs).map { 1 + 2 * $0 }
        let resultIndices = searchIndices.map { $0 + 1 } + (hasDefault ? [types.count - 1] : [])
        guard let searchType = try commonType([types[0]] + searchIndices.map { types[$0] }, construct: "CASE"),
              let resultType = try commonType(resultIndices.map { types[$0] }, construct: "CASE") else { return nil }
        var parameters = types.map { _ in resultType }
        parameters[0] = searchType
        for index in searchIndices { parameters[index] = searchType }
        return ResolvedScalarFunction(argumentTypes: parameters, returnType: resultType) { arguments, rowCount throws(SQLError) in
            try Arity.check(arguments, types.count)
            let expression = arguments[0]
            let matches = try searchIndices.map { index throws(SQLError) in
                try RowChoice.holds(.equal, expression, arguments[index])
            }
            return try RowChoice.choose(from: arguments, type: resultType, count: rowCount) { row in
                for (pair, index) in searchIndices.enumerated() {
                    let bothNull = !expression.validity.isValid(row) && !arguments[index].validity.isValid(row)
                    if matches[pair][row] || bothNull { return index + 1 }
                }
                return hasDefault ? types.count - 1 : nil
            }
        }
    }

    /// NULLIF(a, b): NULL where a = b, else a.
    private static let nullif = ScalarFunction(name: "nullif") { types throws(SQLError) in
        guard types.count == 2, let type = try commonType(types, construct: "NULLIF") else { return nil }
        return ResolvedScalarFunction(argumentTypes: [type, type], returnType: type) { arguments, rowCount throws(SQLError) in
            try Arity.check(arguments, 2)
            let equal = try RowChoice.holds(.equal, arguments[0], arguments[1])
            return try RowChoice.choose(from: arguments, type: type, count: rowCount) { row in equal[row] ? nil : 0 }
        }
    }

    /// GREATEST/LEAST: the largest/smallest argument, ignoring NULLs (NULL only when all are).
    private static func extremum(_ name: String, _ operation: ComparisonOperation) -> ScalarFunction {
        ScalarFunction(name: name) { types throws(SQLError) in
            guard let type = try commonType(types, construct: name.uppercased()) else { return nil }
            return ResolvedScalarFunction(argumentTypes: types.map { _ in type }, returnType: type) {
                arguments, rowCount throws(SQLError) in
                try Arity.check(arguments, types.count)
                var best = arguments[0]
                for candidate in arguments.dropFirst() {
                    let wins = try RowChoice.holds(operation, candidate, best)
                    let current = best
                    best = try RowChoice.choose(from: [current, candidate], type: type, count: rowCount) { row in
                        !current.validity.isValid(row) || wins[row] ? 1 : 0
                    }
                }
                return best
            }
        }
    }

    /// The common supertype of the arguments, nil for a call without arguments.
    private static func commonType(_ types: [DataType], construct: String) throws(SQLError) -> DataType? {
        try bridgingErrors { try DataType.commonSupertype(of: types, construct: construct) }
    }
}
