/// Fixed-width key rows packed into `UInt64` words, so a hash table confirms a hash match by
/// comparing a few words instead of switching on every key column's storage: one word per
/// key (two for DECIMAL's 128 bits) and a last word with a bit per NULL key. Values that
/// compare equal pack equal: floats by their canonical bits (-0.0 as 0.0, one NaN), a NULL
/// key's word as 0 with its NULL bit set.
enum PackedKeys {
    /// Words per row for keys of these types; nil when a key is a string (or there are more
    /// keys than the NULL word has bits), which the caller compares column by column instead.
    static func width(_ types: [DataType]) -> Int? {
        guard types.count < 64 else { return nil }
        var width = 1
        for type in types {
            switch type.physicalType {
            case .string: return nil
            case .int128: width += 2
            default: width += 1
            }
        }
        return width
    }

    /// The packed rows of `keys`, `width` words each, row after row.
    static func pack(_ keys: [ColumnVector], rowCount: Int, width: Int) throws -> [UInt64] {
        let needed = 1 + keys.reduce(0) { words, column in
            if case .int128 = column.storage { words + 2 } else { words + 1 }
        }
        guard needed == width, keys.allSatisfy({ if case .string = $0.storage { false } else { true } }) else {
            throw SQLError(SQLState.internalError, "key columns do not match the hash table's key types")
        }
        var words = [UInt64](repeating: 0, count: rowCount * width)
        try words.withUnsafeMutableBufferPointer { words in
            var offset = 0
            for (index, column) in keys.enumerated() {
                guard column.count >= rowCount else {
                    throw SQLError(SQLState.internalError, "key column shorter than its batch")
                }
                switch column.storage {
                case .int16(let vector): fill(words, width, offset, rowCount, vector) { UInt64(bitPattern: Int64($0)) }
                case .int32(let vector): fill(words, width, offset, rowCount, vector) { UInt64(bitPattern: Int64($0)) }
                case .int64(let vector): fill(words, width, offset, rowCount, vector) { UInt64(bitPattern: $0) }
                case .float32(let vector): fill(words, width, offset, rowCount, vector) { HashKernel.canonicalBits(Double($0)) }
                case .float64(let vector): fill(words, width, offset, rowCount, vector) { HashKernel.canonicalBits($0) }
                case .boolean(let vector): fill(words, width, offset, rowCount, vector) { $0 ? 1 : 0 }
                case .int128(let vector):
                    fill(words, width, offset, rowCount, vector) { UInt64(truncatingIfNeeded: $0) }
                    offset += 1
                    fill(words, width, offset, rowCount, vector) { UInt64(truncatingIfNeeded: $0 >> 64) }
                case .string:
                    throw SQLError(SQLState.internalError, "string keys cannot be packed")
                }
                offset += 1
                let validity = column.validity
                if validity.hasNulls {
                    let bit = UInt64(1) << UInt64(index)
                    for row in 0..<rowCount where !validity.isValid(row) {
                        words[row * width + offset - 1] = 0
                        if case .int128 = column.storage { words[row * width + offset - 2] = 0 }
                        words[row * width + width - 1] |= bit
                    }
                }
            }
        }
        return words
    }

    private static func fill<Element>(_ words: UnsafeMutableBufferPointer<UInt64>, _ width: Int, _ offset: Int,
                                      _ rowCount: Int, _ vector: FixedWidthVector<Element>,
                                      _ word: (Element) -> UInt64) {
        vector.values.withUnsafeBufferPointer { values in
            var position = offset
            for row in 0..<rowCount {
                words[position] = word(values[row])
                position += width
            }
        }
    }
}
