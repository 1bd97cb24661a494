/// `= <> < <= > >=` over two equal-length vectors with SQL's three-valued logic: a NULL on
/// either side gives NULL. Operands are brought to the comparison type first (see
/// `DataType.comparisonType`); DECIMALs compare across scales without rounding; strings compare
/// byte-wise ignoring trailing blanks (Redshift does so for CHAR and VARCHAR); floats order NaN
/// above every number and equal to itself, as PostgreSQL does.
///
/// A one-row operand against a longer one is a constant standing for every row; it is read
/// once, never repeated. Each operator and element type gets its own loop over the typed
/// buffers, which writes either a BOOLEAN vector or, for a filter, the passing rows directly.
public enum ComparisonKernel: Sendable {
    /// The comparison as a BOOLEAN vector (NULL where either side is NULL or the row is not selected).
    public static func compare(_ operation: ComparisonOperation, _ left: ColumnVector, _ right: ColumnVector,
                               selection: SelectionVector? = nil) throws -> ColumnVector {
        let count = try BroadcastShape.checked(left, right)
        let result = try dispatch(operation, left, right, count: count, selection: selection, into: BooleanSink())
        return ColumnVector(uncheckedType: .boolean, storage: .boolean(result))
    }

    /// The rows (within `selection`) where the comparison is true: a filter's output.
    public static func filter(_ operation: ComparisonOperation, _ left: ColumnVector, _ right: ColumnVector,
                              selection: SelectionVector? = nil) throws -> SelectionVector {
        let count = try BroadcastShape.checked(left, right)
        return try dispatch(operation, left, right, count: count, selection: selection, into: SelectionSink())
    }

    /// Casts both operands to the comparison type and runs the loop of their representation.
    private static func dispatch<Sink: ComparisonSink>(
        _ operation: ComparisonOperation, _ left: ColumnVector, _ right: ColumnVector, count: Int,
        selection: SelectionVector?, into sink: Sink) throws -> Sink.Result {
        let type = try left.type.comparisonType(with: right.type, operatorSymbol: operation.symbol)
        var lhs = try CastKernel.cast(left, to: operandType(left.type, comparedAs: type),
                                      selection: BroadcastShape.selection(selection, left, count))
        var rhs = try CastKernel.cast(right, to: operandType(right.type, comparedAs: type),
                                      selection: BroadcastShape.selection(selection, right, count))
        if case .int128 = lhs.storage, lhs.type.decimalScale != rhs.type.decimalScale,
           let aligned = DecimalAlignment.aligned(lhs, rhs) {
            (lhs, rhs) = aligned
        }
        let rows = RowsInPlay(lhs, rhs, count: count, selection: selection)
        switch (lhs.storage, rhs.storage) {
        case (.int16(let a), .int16(let b)): return ordered(operation, a.values, b.values, rows, sink)
        case (.int32(let a), .int32(let b)): return ordered(operation, a.values, b.values, rows, sink)
        case (.int64(let a), .int64(let b)): return ordered(operation, a.values, b.values, rows, sink)
        case (.int128(let a), .int128(let b)):
            let leftScale = lhs.type.decimalScale, rightScale = rhs.type.decimalScale
            if leftScale == rightScale { return ordered(operation, a.values, b.values, rows, sink) }
            return byOrder(operation, rows, sink) { i, j in
                Decimal128.compare(Decimal128(unscaled: a.values[i], scale: leftScale),
                                   Decimal128(unscaled: b.values[j], scale: rightScale))
            }
        case (.float32(let a), .float32(let b)):
            return byOrder(operation, rows, sink) { i, j in floatOrder(Double(a.values[i]), Double(b.values[j])) }
        case (.float64(let a), .float64(let b)):
            return byOrder(operation, rows, sink) { i, j in floatOrder(a.values[i], b.values[j]) }
        case (.boolean(let a), .boolean(let b)):
            return byOrder(operation, rows, sink) { i, j in
                a.values[i] == b.values[j] ? 0 : (a.values[i] ? 1 : -1)
            }
        case (.string(let a), .string(let b)):
            return strings(operation, a, b, rows, sink)
        default:
            throw TypeErrors.operatorDoesNotExist(left.type, operation.symbol, right.type)
        }
    }

    /// DECIMAL comparisons keep each side's own scale (integers become DECIMAL(p, 0)); every
    /// other comparison converts both sides to the comparison type.
    private static func operandType(_ type: DataType, comparedAs comparison: DataType) -> DataType {
        if case .decimal = comparison, let decimal = type.asDecimal { return decimal }
        return comparison
    }

    /// One loop per operator over two typed buffers; a one-row buffer is read as a constant.
    @inlinable
    static func ordered<Element: Comparable, Sink: ComparisonSink>(
        _ operation: ComparisonOperation, _ a: [Element], _ b: [Element], _ rows: RowsInPlay,
        _ sink: Sink) -> Sink.Result {
        a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                if rows.rightIsConstant {
                    let c = y[0]
                    return run(operation, rows, sink, { x[$0] }, { _ in c })
                }
                if rows.leftIsConstant {
                    let c = x[0]
                    return run(operation, rows, sink, { _ in c }, { y[$0] })
                }
                return run(operation, rows, sink, { x[$0] }, { y[$0] })
            }
        }
    }

    @inlinable
    static func run<Element: Comparable, Sink: ComparisonSink>(
        _ operation: ComparisonOperation, _ rows: RowsInPlay, _ sink: Sink,
        _ x: (Int) -> Element, _ y: (Int) -> Element) -> Sink.Result {
        switch operation {
        case .equal: sink.run(rows) { x($0) == y($0) }
        case .notEqual: sink.run(rows) { x($0) != y($0) }
        case .less: sink.run(rows) { x($0) < y($0) }
        case .lessOrEqual: sink.run(rows) { x($0) <= y($0) }
        case .greater: sink.run(rows) { x($0) > y($0) }
        case .greaterOrEqual: sink.run(rows) { x($0) >= y($0) }
        }
    }

    /// The comparisons computed from an ordering (negative, zero, positive) of row `i` of the
    /// left operand and row `j` of the right (0 for a constant).
    private static func byOrder<Sink: ComparisonSink>(_ operation: ComparisonOperation, _ rows: RowsInPlay, _ sink: Sink,
                                                      _ order: (Int, Int) -> Int) -> Sink.Result {
        let leftConstant = rows.leftIsConstant, rightConstant = rows.rightIsConstant
        return sink.run(rows) { operation.holds(order(leftConstant ? 0 : $0, rightConstant ? 0 : $0)) }
    }

    /// String comparison over the raw byte and offset buffers, trailing blanks ignored.
    private static func strings<Sink: ComparisonSink>(_ operation: ComparisonOperation, _ a: StringVector, _ b: StringVector,
                                                      _ rows: RowsInPlay, _ sink: Sink) -> Sink.Result {
        let leftConstant = rows.leftIsConstant, rightConstant = rows.rightIsConstant
        return a.bytes.withUnsafeBufferPointer { aBytes in
            a.offsets.withUnsafeBufferPointer { aOffsets in
                b.bytes.withUnsafeBufferPointer { bBytes in
                    b.offsets.withUnsafeBufferPointer { bOffsets in
                        func order(_ row: Int) -> Int {
                            let i = leftConstant ? 0 : row, j = rightConstant ? 0 : row
                            return compareTrimmed(aBytes, Int(aOffsets[i]), Int(aOffsets[i + 1]),
                                                  bBytes, Int(bOffsets[j]), Int(bOffsets[j + 1]))
                        }
                        if operation == .equal || operation == .notEqual, leftConstant || rightConstant {
                            // Equality with a constant: its trimmed bytes are found once.
                            let (constant, start, end) = leftConstant
                                ? (aBytes, Int(aOffsets[0]), Int(aOffsets[1])) : (bBytes, Int(bOffsets[0]), Int(bOffsets[1]))
                            var last = end
                            while last > start, constant[last - 1] == 0x20 { last -= 1 }
                            let (bytes, offsets) = leftConstant ? (bBytes, bOffsets) : (aBytes, aOffsets)
                            let wanted = operation == .equal
                            return sink.run(rows) { row in
                                equalTrimmed(bytes, Int(offsets[row]), Int(offsets[row + 1]), constant, start, last) == wanted
                            }
                        }
                        switch operation {
                        case .equal: return sink.run(rows) { order($0) == 0 }
                        case .notEqual: return sink.run(rows) { order($0) != 0 }
                        default: return sink.run(rows) { operation.holds(order($0)) }
                        }
                    }
                }
            }
        }
    }

    /// Byte-wise order of `a[aStart..<aEnd]` and `b[bStart..<bEnd]` with trailing blanks ignored.
    @inline(__always)
    static func compareTrimmed(_ a: UnsafeBufferPointer<UInt8>, _ aStart: Int, _ aEnd: Int,
                               _ b: UnsafeBufferPointer<UInt8>, _ bStart: Int, _ bEnd: Int) -> Int {
        var aLast = aEnd, bLast = bEnd
        while aLast > aStart, a[aLast - 1] == 0x20 { aLast -= 1 }
        while bLast > bStart, b[bLast - 1] == 0x20 { bLast -= 1 }
        let lengthA = aLast - aStart, lengthB = bLast - bStart
        for offset in 0..<min(lengthA, lengthB) {
            let x = a[aStart + offset], y = b[bStart + offset]
            if x != y { return x < y ? -1 : 1 }
        }
        return lengthA == lengthB ? 0 : (lengthA < lengthB ? -1 : 1)
    }

    /// Whether `text[start..<end]` without its trailing blanks is `constant[constantStart..<constantEnd]`
    /// (which has none): the value must be the constant followed only by blanks.
    @inline(__always)
    static func equalTrimmed(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                             _ constant: UnsafeBufferPointer<UInt8>, _ constantStart: Int, _ constantEnd: Int) -> Bool {
        let length = constantEnd - constantStart
        guard end - start >= length else { return false }
        for offset in 0..<length where text[start + offset] != constant[constantStart + offset] { return false }
        for index in (start + length)..<end where text[index] != 0x20 { return false }
        return true
    }

    /// PostgreSQL's float order: NaN above every number and equal to itself.
    @inline(__always)
    static func floatOrder(_ x: Double, _ y: Double) -> Int {
        if x.isNaN || y.isNaN { return x.isNaN == y.isNaN ? 0 : (x.isNaN ? 1 : -1) }
        return x < y ? -1 : (x == y ? 0 : 1)
    }

    /// Byte-wise order of two strings with trailing blanks ignored ('a ' = 'a').
    @inlinable
    public static func compareIgnoringTrailingBlanks(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Int {
        let lengthA = StringFitting.trimmedLength(a), lengthB = StringFitting.trimmedLength(b)
        var indexA = a.startIndex, indexB = b.startIndex
        for _ in 0..<min(lengthA, lengthB) {
            let x = a[indexA], y = b[indexB]
            if x != y { return x < y ? -1 : 1 }
            indexA += 1
            indexB += 1
        }
        return lengthA == lengthB ? 0 : (lengthA < lengthB ? -1 : 1)
    }
}

/// Which rows a comparison decides: the rows valid on both sides (a NULL constant makes none
/// valid) and in the selection, and whether either side is a one-row constant.
@usableFromInline
struct RowsInPlay {
    @usableFromInline let count: Int
    @usableFromInline let validity: ValidityMask
    @usableFromInline let selection: SelectionVector?
    @usableFromInline let leftIsConstant: Bool
    @usableFromInline let rightIsConstant: Bool

    init(_ left: ColumnVector, _ right: ColumnVector, count: Int, selection: SelectionVector?) {
        self.count = count
        self.selection = selection
        leftIsConstant = left.count == 1 && count != 1
        rightIsConstant = right.count == 1 && count != 1
        if (leftIsConstant && left.isNull(0)) || (rightIsConstant && right.isNull(0)) {
            validity = .allNull(count)
        } else {
            validity = ValidityMask.intersection([left.validity, right.validity].filter { $0.count == count },
                                                 selection: nil, count: count)
        }
    }
}

/// Where a comparison's per-row outcomes go: a BOOLEAN vector, or the list of rows that hold.
@usableFromInline
protocol ComparisonSink {
    associatedtype Result
    func run(_ rows: RowsInPlay, _ holds: (Int) -> Bool) -> Result
}

/// Outcomes as a BOOLEAN vector. A comparison cannot fail, so every row is computed in one
/// straight loop (a NULL row's placeholder gives a value the validity hides) unless the
/// selection is sparse enough that visiting only its rows is cheaper.
@usableFromInline
struct BooleanSink: ComparisonSink {
    @inlinable
    init() {}

    @inlinable
    func run(_ rows: RowsInPlay, _ holds: (Int) -> Bool) -> FixedWidthVector<Bool> {
        let count = rows.count
        guard let selection = rows.selection else {
            let values = [Bool](unsafeUninitializedCapacity: count) { buffer, initialized in
                for row in 0..<count { buffer[row] = holds(row) }
                initialized = count
            }
            return FixedWidthVector(values: values, validity: rows.validity)
        }
        let validity = ValidityMask.intersection(rows.validity, ValidityMask(selection: selection, count: count))
        if selection.count * 4 < count {
            return FixedWidthVector<Bool>.collecting(count: count, validity: validity, holds)
        }
        let values = [Bool](unsafeUninitializedCapacity: count) { buffer, initialized in
            for row in 0..<count { buffer[row] = holds(row) }
            initialized = count
        }
        return FixedWidthVector(values: values, validity: validity)
    }
}

/// Outcomes as the rows that hold, within the selection.
@usableFromInline
struct SelectionSink: ComparisonSink {
    @inlinable
    init() {}

    @inlinable
    func run(_ rows: RowsInPlay, _ holds: (Int) -> Bool) -> SelectionVector {
        let validity = rows.validity
        if let selection = rows.selection {
            if validity.hasNulls { return selection.filtered { validity.isValid($0) && holds($0) } }
            return selection.filtered(holds)
        }
        if validity.hasNulls { return SelectionVector(filtering: rows.count) { validity.isValid($0) && holds($0) } }
        return SelectionVector(filtering: rows.count, holds)
    }
}
