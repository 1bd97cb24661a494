/// REGEXP_COUNT, REGEXP_INSTR, REGEXP_REPLACE and REGEXP_SUBSTR, matched with Swift's `Regex`
/// (the standard library's engine, PCRE-like syntax including POSIX classes such as
/// `[[:alpha:]]`, `\d`, `\w`), over Unicode scalars so positions count characters as Redshift
/// does. The `p` (PCRE) parameter is accepted and changes nothing, since the engine already
/// speaks Perl syntax; `i` ignores case, `c` restores case sensitivity, `e` selects the first
/// parenthesised subexpression.
///
/// Optional arguments take Redshift's defaults: position 1, occurrence 1, option 0,
/// replacement '', parameters 'c'.
enum RegexFunctions {
    typealias Texts = StringVector
    typealias Int32s = FixedWidthVector<Int32>

    /// One parameter of a call: how it is read and, when omitted, its default.
    private enum Parameter {
        case text, integer(default: Int32), optionalText(default: String)

        var rule: ParameterTypes.Rule {
            switch self {
            case .text, .optionalText: ParameterTypes.text
            case .integer: ParameterTypes.integer
            }
        }

        var defaultValue: (Datum, DataType)? {
            switch self {
            case .text: nil
            case .integer(let value): (.integer(value), .integer)
            case .optionalText(let value): (.string(value), StringFunctions.longText)
            }
        }
    }

    /// The arguments of one row, as the row bodies read them.
    private struct Row {
        let texts: [Texts?]
        let integers: [Int32s?]
        let row: Int

        func text(_ index: Int) throws(SQLError) -> String {
            guard let column = texts[index] else { throw Self.layoutError }
            return String(decoding: column.element(row), as: UTF8.self)
        }

        func integer(_ index: Int) throws(SQLError) -> Int {
            guard let column = integers[index] else { throw Self.layoutError }
            return Int(column.element(row))
        }

        private static let layoutError = SQLError(SQLState.internalError, "regular expression argument has an unexpected layout")
    }

    static let all: [ScalarFunction] = [
        function("regexp_count", [.text, .text, .integer(default: 1), .optionalText(default: "c")], returns: { _ in .integer },
                 Int32s.self) { row, cache throws(SQLError) in
            let search = try RegexSearch(try row.text(0), pattern: try row.text(1), position: try row.integer(2),
                                    parameters: try row.text(3), cache: &cache)
            return Int32(search.matches.count)
        },
        function("regexp_instr", [.text, .text, .integer(default: 1), .integer(default: 1), .integer(default: 0),
                                  .optionalText(default: "c")], returns: { _ in .integer }, Int32s.self) { row, cache throws(SQLError) in
            let search = try RegexSearch(try row.text(0), pattern: try row.text(1), position: try row.integer(2),
                                    parameters: try row.text(5), cache: &cache)
            let option = try row.integer(4)
            guard option == 0 || option == 1 else {
                throw SQLError(SQLState.invalidParameterValue, "REGEXP_INSTR option must be 0 or 1, not \(option)")
            }
            guard let range = try search.occurrence(try row.integer(3)) else { return 0 }
            return Int32(search.characterOffset(option == 0 ? range.lowerBound : range.upperBound) + 1)
        },
        function("regexp_replace", [.text, .text, .optionalText(default: ""), .integer(default: 1), .optionalText(default: "c")],
                 returns: { _ in StringFunctions.longText }, Texts.self) { row, cache throws(SQLError) in
            let search = try RegexSearch(try row.text(0), pattern: try row.text(1), position: try row.integer(3),
                                    parameters: try row.text(4), cache: &cache)
            return Array(search.replacingAll(with: try row.text(2)).utf8)
        },
        function("regexp_substr", [.text, .text, .integer(default: 1), .integer(default: 1), .optionalText(default: "c")],
                 returns: { $0 }, Texts.self) { row, cache throws(SQLError) in
            let search = try RegexSearch(try row.text(0), pattern: try row.text(1), position: try row.integer(2),
                                    parameters: try row.text(4), cache: &cache)
            if search.startsPastEnd { return [] }
            guard let range = try search.occurrence(try row.integer(3)) else { return nil }
            return Array(search.subject[range].utf8)
        },
    ]

    /// A function whose trailing parameters may be omitted; the row body sees every argument.
    private static func function<Output: FunctionColumn>(
        _ name: String, _ parameters: [Parameter], returns: @escaping @Sendable (DataType) -> DataType, _: Output.Type,
        _ body: @escaping @Sendable (Row, inout RegexCache) throws(SQLError) -> Output.Value?) -> ScalarFunction {
        let required = parameters.prefix { $0.defaultValue == nil }.count
        return ScalarFunction(name: name) { types throws(SQLError) in
            guard (required...parameters.count).contains(types.count),
                  let accepted = ParameterTypes.all(types, parameters.prefix(types.count).map(\.rule)) else { return nil }
            let all = accepted + parameters.dropFirst(types.count).compactMap { $0.defaultValue?.1 }
            let full = ResolvedScalarFunction(argumentTypes: all, returnType: returns(accepted[0])) {
                arguments, rowCount throws(SQLError) in
                try Arity.check(arguments, all.count)
                for argument in arguments { try FunctionLoops.checkLengths(argument.count, rowCount) }
                let texts = arguments.map { Texts(storage: $0.storage) }
                let integers = arguments.map { Int32s(storage: $0.storage) }
                var cache = RegexCache()
                let column = try FunctionLoops.rows(count: rowCount, strict: arguments.map(\.validity), into: Output.self) {
                    row throws(SQLError) in
                    try body(Row(texts: texts, integers: integers, row: row), &cache)
                }
                return ColumnVector(type: returns(accepted[0]), column: column)
            }
            return full.withDefaults(parameters.dropFirst(types.count).compactMap(\.defaultValue))
        }
    }
}
