/// TO_CHAR(datetime, format), TO_DATE(text, format [, strict]) and TO_TIMESTAMP(text, format)
/// (→ TIMESTAMPTZ, strict). The template is compiled once per distinct format in a batch.
enum DateTimeTextFunctions {
    typealias Texts = StringVector
    typealias Micros = FixedWidthVector<Int64>
    typealias Days = FixedWidthVector<Int32>
    typealias Flags = FixedWidthVector<Bool>

    static let all: [ScalarFunction] = [toChar, numberToChar, toDate, toTimestamp]

    /// TO_CHAR(number, format): integers and DECIMAL exactly, floats through DECIMAL(38,10).
    private static let numberToChar = ScalarFunction(name: "to_char") { types throws(SQLError) in
        guard types.count == 2, types[0].isNumeric, let format = ParameterTypes.text(types[1]) else { return nil }
        let value = types[0].asDecimal ?? .decimal(precision: DataType.maxDecimalPrecision, scale: 10)
        let scale = value.decimalScale
        return ResolvedScalarFunction(argumentTypes: [value, format], returnType: StringFunctions.longText) {
            arguments, _ throws(SQLError) in
            try Arity.check(arguments, 2)
            var templates = FormatCache(NumberTemplate.init)
            let column = try FunctionLoops.map(try arguments[0].typed(FixedWidthVector<Int128>.self),
                                               try arguments[1].typed(Texts.self), into: Texts.self) { unscaled, format in
                Array(templates.parsed(format).format(unscaled: unscaled, scale: scale).utf8)
            }
            return ColumnVector(type: StringFunctions.longText, column: column)
        }
    }

    private static let toChar = ScalarFunction(name: "to_char") { types throws(SQLError) in
        guard types.count == 2, !types[0].isNumeric, let value = ParameterTypes.timestamp(types[0]),
              let format = ParameterTypes.text(types[1]) else { return nil }
        let withZone = value == .timestamptz
        return ResolvedScalarFunction(argumentTypes: [value, format], returnType: StringFunctions.longText) {
            arguments, _ throws(SQLError) in
            try Arity.check(arguments, 2)
            var templates = FormatCache(DateTimeTemplate.init)
            let column = try FunctionLoops.map(try arguments[0].typed(Micros.self), try arguments[1].typed(Texts.self),
                                               into: Texts.self) { timestamp, format in
                Array(DateTimeTemplateFormatter.format(timestamp, templates.parsed(format), withZone: withZone).utf8)
            }
            return ColumnVector(type: StringFunctions.longText, column: column)
        }
    }

    private static let toDate = ScalarFunction(name: "to_date") { types throws(SQLError) in
        let rules: [ParameterTypes.Rule] = [ParameterTypes.text, ParameterTypes.text, ParameterTypes.boolean]
        guard let accepted = ParameterTypes.all(types, rules) ?? ParameterTypes.all(types, Array(rules.prefix(2))) else {
            return nil
        }
        let full = ResolvedScalarFunction(argumentTypes: [accepted[0], accepted[1], .boolean], returnType: .date) {
            arguments, _ throws(SQLError) in
            try Arity.check(arguments, 3)
            var templates = FormatCache(DateTimeTemplate.init)
            let column = try FunctionLoops.map(try arguments[0].typed(Texts.self), try arguments[1].typed(Texts.self),
                                               try arguments[2].typed(Flags.self), into: Days.self) {
                text, format, strict throws(SQLError) in
                let timestamp = try DateTimeTemplateParser.parse(String(decoding: text, as: UTF8.self),
                                                                 templates.parsed(format), strict: strict)
                return Int32(Microseconds.split(timestamp).days)
            }
            return ColumnVector(type: .date, column: column)
        }
        return accepted.count == 3 ? full : full.withDefaults([(.boolean(false), .boolean)])
    }

    private static let toTimestamp = ScalarFunction(name: "to_timestamp") { types throws(SQLError) in
        guard let accepted = ParameterTypes.all(types, [ParameterTypes.text, ParameterTypes.text]) else { return nil }
        return ResolvedScalarFunction(argumentTypes: accepted, returnType: .timestamptz) { arguments, _ throws(SQLError) in
            try Arity.check(arguments, 2)
            var templates = FormatCache(DateTimeTemplate.init)
            let column = try FunctionLoops.map(try arguments[0].typed(Texts.self), try arguments[1].typed(Texts.self),
                                               into: Micros.self) { text, format throws(SQLError) in
                try DateTimeTemplateParser.parse(String(decoding: text, as: UTF8.self), templates.parsed(format),
                                                 strict: true)
            }
            return ColumnVector(type: .timestamptz, column: column)
        }
    }
}
