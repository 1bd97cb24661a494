/// MIN and MAX of any comparable type, kept per group in the input's own representation; the
/// result has the input's type. Strings compare as the comparison operators do (trailing
/// blanks ignored), floats with NaN above every number.
struct MinMaxAccumulator: AggregateAccumulator {
    let type: DataType
    let keepsGreater: Bool
    private var best: Best

    private enum Best: Sendable {
        case int16([Int16?]), int32([Int32?]), int64([Int64?]), int128([Int128?])
        case float32([Float?]), float64([Double?]), boolean([Bool?]), string([[UInt8]?])
    }

    init(type: DataType, keepsGreater: Bool) {
        self.type = type
        self.keepsGreater = keepsGreater
        switch type.physicalType {
        case .int16: best = .int16([])
        case .int32: best = .int32([])
        case .int64: best = .int64([])
        case .int128: best = .int128([])
        case .float32: best = .float32([])
        case .float64: best = .float64([])
        case .boolean: best = .boolean([])
        case .string: best = .string([])
        }
    }

    private func wins(_ order: Int) -> Bool { keepsGreater ? order > 0 : order < 0 }

    private static func order<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a == b ? 0 : 1) }

    private static func floatOrder(_ a: Double, _ b: Double) -> Int {
        if a.isNaN || b.isNaN { return a.isNaN == b.isNaN ? 0 : (a.isNaN ? 1 : -1) }
        return order(a, b)
    }

    private func fold<Source: ColumnReading, Kept>(_ source: Source, _ groups: [UInt32], _ groupCount: Int,
                                                    _ state: inout [Kept?], keep: (Source.Element) -> Kept,
                                                    compare: (Source.Element, Kept) -> Int) {
        GroupedFold.grow(&state, to: groupCount, with: nil)
        GroupedFold.forEachValue(source, groups) { group, value in
            if let current = state[group], !wins(compare(value, current)) { return }
            state[group] = keep(value)
        }
    }

    mutating func update(arguments: [ColumnVector], groups: [UInt32], groupCount: Int) throws(SQLError) {
        guard let argument = arguments.first else { return }
        switch argument.storage {
        case .int16(let values):
            try foldTaking(values, groups, groupCount, { if case .int16(let s) = $0 { s } else { nil } }, Best.int16,
                           keep: { $0 }, compare: Self.order)
        case .int32(let values):
            try foldTaking(values, groups, groupCount, { if case .int32(let s) = $0 { s } else { nil } }, Best.int32,
                           keep: { $0 }, compare: Self.order)
        case .int64(let values):
            try foldTaking(values, groups, groupCount, { if case .int64(let s) = $0 { s } else { nil } }, Best.int64,
                           keep: { $0 }, compare: Self.order)
        case .int128(let values):
            try foldTaking(values, groups, groupCount, { if case .int128(let s) = $0 { s } else { nil } }, Best.int128,
                           keep: { $0 }, compare: Self.order)
        case .float32(let values):
            try foldTaking(values, groups, groupCount, { if case .float32(let s) = $0 { s } else { nil } }, Best.float32,
                           keep: { $0 }, compare: { Self.floatOrder(Double($0), Double($1)) })
        case .float64(let values):
            try foldTaking(values, groups, groupCount, { if case .float64(let s) = $0 { s } else { nil } }, Best.float64,
                           keep: { $0 }, compare: Self.floatOrder)
        case .boolean(let values):
            try foldTaking(values, groups, groupCount, { if case .boolean(let s) = $0 { s } else { nil } }, Best.boolean,
                           keep: { $0 }, compare: { $0 == $1 ? 0 : ($0 ? 1 : -1) })
        case .string(let values):
            try foldTaking(values, groups, groupCount, { if case .string(let s) = $0 { s } else { nil } }, Best.string,
                           keep: { Array($0) }, compare: { ComparisonKernel.compareIgnoringTrailingBlanks($0, $1[...]) })
        }
    }

    /// Folds `source` into the per-group state moved out of `best` (a placeholder standing in
    /// meanwhile), so the state is uniquely referenced and updated in place rather than copied
    /// whole for every batch, as a pattern-bound payload of `best` would be.
    private mutating func foldTaking<Source: ColumnReading, Kept>(
        _ source: Source, _ groups: [UInt32], _ groupCount: Int, _ unwrap: (Best) -> [Kept?]?, _ wrap: ([Kept?]) -> Best,
        keep: (Source.Element) -> Kept, compare: (Source.Element, Kept) -> Int) throws(SQLError) {
        let taken = best
        best = .boolean([])
        guard var state = unwrap(consume taken) else {
            throw SQLError(SQLState.internalError, "min/max state does not match its \(type.sqlName) values")
        }
        fold(source, groups, groupCount, &state, keep: keep, compare: compare)
        best = wrap(state)
    }

    mutating func merge(_ other: any AggregateAccumulator, mapping: [UInt32], groupCount: Int) throws(SQLError) {
        let other = try GroupedFold.same(other, as: Self.self)
        let values = try other.finish(groupCount: mapping.count)
        try update(arguments: [values], groups: mapping, groupCount: groupCount)
    }

    func finish(groupCount: Int) throws(SQLError) -> ColumnVector {
        func vector<Element>(_ state: [Element?]) -> FixedWidthVector<Element> {
            var result = FixedWidthVector<Element>(reservingCapacity: groupCount)
            for group in 0..<groupCount {
                if group < state.count, let value = state[group] { result.appendValue(value) } else { result.appendNull() }
            }
            return result
        }
        let storage: ColumnStorage
        switch best {
        case .int16(let state): storage = .int16(vector(state))
        case .int32(let state): storage = .int32(vector(state))
        case .int64(let state): storage = .int64(vector(state))
        case .int128(let state): storage = .int128(vector(state))
        case .float32(let state): storage = .float32(vector(state))
        case .float64(let state): storage = .float64(vector(state))
        case .boolean(let state): storage = .boolean(vector(state))
        case .string(let state):
            var strings = StringVector(reservingCapacity: groupCount)
            for group in 0..<groupCount {
                if group < state.count, let value = state[group] { strings.append(bytes: value) } else { strings.appendNull() }
            }
            storage = .string(strings)
        }
        return ColumnVector(uncheckedType: type, storage: storage)
    }
}

enum MinMaxAggregate {
    static let min = function("min", keepsGreater: false)
    static let max = function("max", keepsGreater: true)

    private static func function(_ name: String, keepsGreater: Bool) -> AggregateFunction {
        AggregateFunction(name: name) { types, _ in
            guard types.count == 1, let type = types.first else { return nil }
            return ResolvedAggregate(argumentTypes: types, returnType: type) {
                MinMaxAccumulator(type: type, keepsGreater: keepsGreater)
            }
        }
    }
}
