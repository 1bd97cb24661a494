/// Gathering rows by `Int32` row numbers, as a hash join takes each output batch's rows from
/// its inputs: every output buffer is sized once and filled through unsafe buffers (a string
/// column's bytes after summing the rows' lengths), instead of growing row by row.
extension ColumnVector {
    func gathered(rows: [Int32]) -> ColumnVector {
        ColumnVector(uncheckedType: type, storage: storage.mapVector(GatherRowNumbers(rows: rows)) { $0.gathered(rows: rows) })
    }
}

private struct GatherRowNumbers: FixedWidthTransform {
    let rows: [Int32]

    func apply<Element: BitwiseCopyable & Sendable>(_ vector: FixedWidthVector<Element>) -> FixedWidthVector<Element> {
        let values = vector.values.withUnsafeBufferPointer { source in
            rows.withUnsafeBufferPointer { rows in
                [Element](unsafeUninitializedCapacity: rows.count) { output, count in
                    for (position, row) in rows.enumerated() {
                        output.initializeElement(at: position, to: source[Int(row)])
                    }
                    count = rows.count
                }
            }
        }
        let validity = vector.validity
        return FixedWidthVector(values: values,
                                validity: validity.hasNulls ? ValidityMask(rows.map { validity.isValid(Int($0)) }) : nil)
    }
}

extension StringVector {
    /// The rows `rows` names, in order; a NULL row keeps no bytes.
    func gathered(rows: [Int32]) -> StringVector {
        let validity = validity
        var result = StringVector()
        offsets.withUnsafeBufferPointer { offsets in
            let length = { (row: Int) -> Int in
                validity.isValid(row) ? Int(offsets[row + 1] - offsets[row]) : 0
            }
            let total = rows.reduce(0) { $0 + length(Int($1)) }
            result.offsets = [UInt32](unsafeUninitializedCapacity: rows.count + 1) { output, count in
                var end = 0
                output[0] = 0
                for (position, row) in rows.enumerated() {
                    end += length(Int(row))
                    output[position + 1] = UInt32(truncatingIfNeeded: end)
                }
                count = rows.count + 1
            }
            result.bytes = bytes.withUnsafeBufferPointer { source in
                [UInt8](unsafeUninitializedCapacity: total) { output, count in
                    var position = 0
                    for row in rows {
                        let bytes = length(Int(row))
                        if bytes > 0, let from = source.baseAddress, let to = output.baseAddress {
                            (to + position).initialize(from: from + Int(offsets[Int(row)]), count: bytes)
                        }
                        position += bytes
                    }
                    count = total
                }
            }
        }
        result.validity = validity.hasNulls ? ValidityMask(rows.map { validity.isValid(Int($0)) }) : ValidityMask(allValid: rows.count)
        return result
    }
}
