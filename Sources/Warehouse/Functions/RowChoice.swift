/// Builds a column by taking each row from one of several same-typed columns: the shared step
/// of NVL/COALESCE, NVL2, DECODE, NULLIF, GREATEST and LEAST, which decide per row (with the
/// comparison kernel's vectors) which argument wins and copy it without boxing.
enum RowChoice {
    /// Row `r` of the result is row `r` of `columns[pick(r)]`, or NULL when `pick` gives nil.
    static func choose(from columns: [ColumnVector], type: DataType, count: Int,
                       _ pick: (Int) -> Int?) throws(SQLError) -> ColumnVector {
        switch type.physicalType {
        case .int16: try gather(FixedWidthVector<Int16>.self, columns, type, count, pick)
        case .int32: try gather(FixedWidthVector<Int32>.self, columns, type, count, pick)
        case .int64: try gather(FixedWidthVector<Int64>.self, columns, type, count, pick)
        case .int128: try gather(FixedWidthVector<Int128>.self, columns, type, count, pick)
        case .float32: try gather(FixedWidthVector<Float>.self, columns, type, count, pick)
        case .float64: try gather(FixedWidthVector<Double>.self, columns, type, count, pick)
        case .boolean: try gather(FixedWidthVector<Bool>.self, columns, type, count, pick)
        case .string: try gather(StringVector.self, columns, type, count, pick)
        }
    }

    private static func gather<Layout: FunctionColumn>(_: Layout.Type, _ columns: [ColumnVector], _ type: DataType,
                                                       _ count: Int, _ pick: (Int) -> Int?) throws(SQLError) -> ColumnVector {
        // Only the candidates a row may be taken from have the result's layout (NVL2's and
        // DECODE's first argument need not).
        for column in columns { try FunctionLoops.checkLengths(column.count, count) }
        let typed = columns.map { Layout(storage: $0.storage) }
        var output = Layout(reservingCapacity: count)
        for row in 0..<count {
            guard let index = pick(row) else {
                output.appendNull()
                continue
            }
            guard let column = typed[index] else { _ = try columns[index].typed(Layout.self); continue }
            if column.validity.isValid(row) { output.appendElement(column.element(row)) } else { output.appendNull() }
        }
        return ColumnVector(type: type, column: output)
    }

    /// Where `left op right` is true (false where it is false or NULL).
    static func holds(_ operation: ComparisonOperation, _ left: ColumnVector, _ right: ColumnVector) throws(SQLError) -> [Bool] {
        let result = try bridgingErrors { try ComparisonKernel.compare(operation, left, right) }
        guard case .boolean(let flags) = result.storage else { return Array(repeating: false, count: left.count) }
        return (0..<flags.count).map { flags[$0] ?? false }
    }
}
