import Testing
@testable import Warehouse

/// Runs an aggregate as hash aggregation will: resolve, cast the arguments, feed batches with
/// each row's group, merge partial accumulators, finish.
enum Aggregates {
    static func resolve(_ name: String, _ types: [DataType], distinct: Bool = false) throws -> ResolvedAggregate {
        guard let function = Functions.catalog.aggregates[name],
              let resolved = try function.resolve(types, distinct) else {
            throw FunctionCatalog.noSuchFunction(name, types)
        }
        return resolved
    }

    /// The per-group results of `name` over `arguments` (equal-length columns), with rows split
    /// into `batches` consecutive slices. `partials` makes each slice its own accumulator merged
    /// into the first one, as parallel partial aggregation does.
    static func run(_ name: String, _ arguments: [Argument], groups: [UInt32], distinct: Bool = false,
                    batches: Int = 1, partials: Bool = false) throws -> [Datum] {
        let resolved = try resolve(name, arguments.map(\.type), distinct: distinct)
        let vectors = try zip(arguments, resolved.argumentTypes).map { argument, parameter in
            try CastKernel.cast(try ColumnVector(type: argument.type, datums: argument.values), to: parameter)
        }
        let groupCount = Int(groups.max().map { $0 + 1 } ?? 0)
        let rowCount = groups.count
        let sliceLength = max(1, (rowCount + batches - 1) / batches)
        var accumulators: [any AggregateAccumulator] = []
        var first = resolved.makeAccumulator()
        for start in stride(from: 0, to: max(rowCount, 1), by: sliceLength) {
            let range = start..<min(start + sliceLength, rowCount)
            let slice = vectors.map { $0.sliced(range) }
            if partials && start > 0 {
                var partial = resolved.makeAccumulator()
                try partial.update(arguments: slice, groups: Array(groups[range]), groupCount: groupCount)
                accumulators.append(partial)
            } else {
                try first.update(arguments: slice, groups: Array(groups[range]), groupCount: groupCount)
            }
        }
        let identity = (0..<UInt32(groupCount)).map { $0 }
        for partial in accumulators { try first.merge(partial, mapping: identity, groupCount: groupCount) }
        let result = try first.finish(groupCount: groupCount)
        #expect(result.type == resolved.returnType)
        return result.datums
    }

    /// The single group's result.
    static func value(_ name: String, _ arguments: Argument..., distinct: Bool = false) throws -> Datum {
        let rows = arguments.map(\.values.count).max() ?? 0
        return try run(name, arguments, groups: Array(repeating: 0, count: rows), distinct: distinct)[0]
    }
}

func ints(_ values: [Int32?]) -> Argument { column(.integer, values.map { $0.map(Datum.integer) ?? .null }) }
func doubles(_ values: [Double?]) -> Argument { column(.doublePrecision, values.map { $0.map(Datum.double) ?? .null }) }
func texts(_ values: [String?]) -> Argument { column(.varchar(length: 100), values.map { $0.map(Datum.string) ?? .null }) }
func repeated(_ argument: Argument, _ count: Int) -> Argument {
    Argument(type: argument.type, values: Array(repeating: argument.values[0], count: count))
}
