import Testing
@testable import Warehouse

/// One argument of a test call: its SQL type and its rows.
struct Argument {
    let type: DataType
    let values: [Datum]
}

func int(_ value: Int32) -> Argument { Argument(type: .integer, values: [.integer(value)]) }
func big(_ value: Int64) -> Argument { Argument(type: .bigint, values: [.bigint(value)]) }
func dbl(_ value: Double) -> Argument { Argument(type: .doublePrecision, values: [.double(value)]) }
func text(_ value: String) -> Argument { Argument(type: .varchar(length: 256), values: [.string(value)]) }
func null(_ type: DataType) -> Argument { Argument(type: type, values: [.null]) }

/// A DECIMAL literal typed as Redshift types it (`28.05` is DECIMAL(4,2)).
func dec(_ literal: String) -> Argument {
    let (value, precision) = try! Decimal128.parseLiteral(literal)
    return Argument(type: .decimal(precision: precision, scale: value.scale), values: [.decimal(value)])
}

func date(_ literal: String) -> Argument {
    Argument(type: .date, values: [.date(try! DateTimeParser.parseDate(literal))])
}

func timestamp(_ literal: String) -> Argument {
    Argument(type: .timestamp, values: [.timestamp(try! DateTimeParser.parseTimestamp(literal))])
}

func column(_ type: DataType, _ values: [Datum]) -> Argument { Argument(type: type, values: values) }

/// Calls built-in functions as the binder and executor will: resolve against the argument
/// types, cast each argument to the resolved parameter type, evaluate over whole vectors.
enum Functions {
    static let catalog = FunctionCatalog(scalars: ScalarFunctionLibrary.all, aggregates: StatisticalAggregates.all)

    static func resolve(_ name: String, _ types: [DataType]) throws -> ResolvedScalarFunction {
        try catalog.resolveScalar(name, argumentTypes: types)
    }

    /// The result type and rows of `name(arguments…)`; single-row arguments are broadcast.
    static func call(_ name: String, _ arguments: [Argument]) throws -> (type: DataType, values: [Datum]) {
        let resolved = try resolve(name, arguments.map(\.type))
        let rowCount = arguments.map(\.values.count).max() ?? 1
        let vectors = try zip(arguments, resolved.argumentTypes).map { argument, parameter in
            var vector = try ColumnVector(type: argument.type, datums: argument.values)
            if argument.values.count == 1 && rowCount > 1 {
                vector = vector.gathered(SelectionVector(Array(repeating: 0, count: rowCount)))
            }
            return try CastKernel.cast(vector, to: parameter)
        }
        let result = try resolved.evaluate(vectors, rowCount)
        #expect(result.type == resolved.returnType)
        #expect(result.count == rowCount)
        return (result.type, result.datums)
    }

    /// The single value of `name(arguments…)`.
    static func value(_ name: String, _ arguments: Argument...) throws -> Datum {
        try call(name, arguments).values[0]
    }

    /// The value of `name(arguments…)` as Redshift prints it.
    static func text(_ name: String, _ arguments: Argument...) throws -> String {
        try call(name, arguments).values[0].text
    }

    static func type(_ name: String, _ types: DataType...) throws -> DataType {
        try resolve(name, types).returnType
    }
}

/// A small deterministic generator (SplitMix64) so randomized tests replay identically.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
