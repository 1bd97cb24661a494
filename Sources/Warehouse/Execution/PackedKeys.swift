/// Fixed-width key rows packed into `UInt64` words, so a hash table confirms a hash match by
/// comparing a few words instead of switching on every key column's storage: one word per
/// key (two for DECIMAL's 128 bits) and a last word with a bit per NULL key. Values that
/// compare equal pack equal: floats by their canonical bits (-0.0 as 0.0, one NaN), a NULL
/// key's word as 0 with its NULL bit set, a short string (flags, codes, CHAR(1) statuses: at
/// most `maxStringBytes` bytes once trailing blanks, which comparison ignores, are dropped) as
/// its bytes with its length in the top byte.
enum PackedKeys {
    /// The longest string, without trailing blanks, that packs into one word beside its length.
    static let maxStringBytes = 7

    /// Words per row for keys of these types; nil when there are more keys than the NULL word
    /// has bits, which the caller compares column by column instead.
    static func width(_ types: [DataType]) -> Int? {
        guard types.count < 64 else { return nil }
        var width = 1
        for type in types {
            switch type.physicalType {
            case .int128: width += 2
            default: width += 1
            }
        }
        return width
    }

    /// The packed rows of `keys`, `width` words each, row after row; nil when a string key is
    /// longer than `maxStringBytes`, which the caller then compares column by column.
    static func pack(_ keys: [ColumnVector], rowCount: Int, width: Int) throws -> [UInt64]? {
        let needed = 1 + keys.reduce(0) { words, column in
            if case .int128 = column.storage { words + 2 } else { words + 1 }
        }
        guard needed == width else {
            throw SQLError(SQLState.internalError, "key columns do not match the hash table's key types")
        }
        var words = [UInt64](repeating: 0, count: rowCount * width)
        let packed = try words.withUnsafeMutableBufferPointer { words -> Bool in
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
                case .string(let vector):
                    guard fill(words, width, offset, rowCount, vector) else { return false }
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
            return true
        }
        return packed ? words : nil
    }

    /// Packs each string's bytes without trailing blanks, little-endian, with their count in
    /// the top byte (so "a" and "a\0" differ); false as soon as one does not fit. A NULL row's
    /// bytes are ignored: its word is reset to 0 with the NULL bit.
    private static func fill(_ words: UnsafeMutableBufferPointer<UInt64>, _ width: Int, _ offset: Int,
                             _ rowCount: Int, _ vector: StringVector) -> Bool {
        let validity = vector.validity
        return vector.offsets.withUnsafeBufferPointer { offsets in
            vector.bytes.withUnsafeBufferPointer { bytes in
                var position = offset
                for row in 0..<rowCount {
                    let start = Int(offsets[row])
                    var end = Int(offsets[row + 1])
                    while end > start, bytes[end - 1] == 0x20 { end -= 1 }
                    if end - start > maxStringBytes {
                        if validity.isValid(row) { return false }
                        end = start
                    }
                    var word = UInt64(end - start) << 56
                    var shift: UInt64 = 0
                    for index in start..<end {
                        word |= UInt64(bytes[index]) << shift
                        shift += 8
                    }
                    words[position] = word
                    position += width
                }
                return true
            }
        }
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
