/// The order of rows in a slice's sorted region: lexicographic over the sort columns for a
/// COMPOUND key (NULLs last, as ascending order puts them), z-order for an INTERLEAVED key.
/// Ties keep their arrival order, so sorting is deterministic.
enum SortOrder {
    static func permutation(_ rows: Batch, layout: TableLayout, interleaved: InterleavedIndex?) -> [Int] {
        var order = Array(0..<rows.count)
        guard layout.hasSortKey else { return order }
        if layout.sortKind == .interleaved, let interleaved {
            let z = interleaved.zValues(rows, sortColumns: layout.sortColumns)
            order.sort { z[$0] != z[$1] ? z[$0] < z[$1] : $0 < $1 }
            return order
        }
        let keys = layout.sortColumns.map { rows.columns[$0] }
        if keys.count == 1, let integers = integerKeys(keys[0]) {
            order.sort { integers[$0] != integers[$1] ? integers[$0] < integers[$1] : $0 < $1 }
            return order
        }
        order.sort { a, b in
            for column in keys {
                let aNull = column.isNull(a), bNull = column.isNull(b)
                if aNull || bNull {
                    if aNull == bNull { continue }
                    return bNull
                }
                let comparison = RowComparison.compareValues(column, a, column, b)
                if comparison != 0 { return comparison < 0 }
            }
            return a < b
        }
        return order
    }

    /// A column of integers, dates or timestamps without NULLs as one `[Int64]`, so the common
    /// single-column sort key sorts by a typed buffer instead of comparing vectors.
    private static func integerKeys(_ column: ColumnVector) -> [Int64]? {
        guard !column.validity.hasNulls else { return nil }
        switch column.storage {
        case .int16(let values): return values.values.map(Int64.init)
        case .int32(let values): return values.values.map(Int64.init)
        case .int64(let values): return values.values
        default: return nil
        }
    }

    /// `rows` in sort order.
    static func sorted(_ rows: Batch, layout: TableLayout, interleaved: InterleavedIndex?) throws -> Batch {
        guard layout.hasSortKey, rows.count > 1 else { return rows }
        let selection = SelectionVector(permutation(rows, layout: layout, interleaved: interleaved).map { UInt32($0) })
        return try Batch(columns: rows.columns.map { $0.gathered(selection) }, count: rows.count)
    }
}
