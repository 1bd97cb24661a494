/// A block's encoded bytes: a validity section (one flag byte, then the validity words when
/// the block has NULLs) followed by the codec's encoding of every slot, NULL slots included,
/// so a block decodes to exactly the vector that was encoded.
extension ColumnEncoding {
    /// `vector` encoded; fails only when the encoding does not take the vector's values
    /// (the type rules keep that from happening for stored columns).
    public func encode(_ vector: ColumnVector) throws(SQLError) -> [UInt8] {
        var writer = ByteWriter()
        let validity = vector.validity
        writer.write(UInt8(validity.hasNulls ? 1 : 0))
        if validity.hasNulls { writer.write(all: validity.words) }
        switch vector.storage {
        case .int16(let values): try encode(lanes: values.values, of: vector.type, into: &writer)
        case .int32(let values): try encode(lanes: values.values, of: vector.type, into: &writer)
        case .int64(let values): try encode(lanes: values.values, of: vector.type, into: &writer)
        case .int128(let values) where Self.decimalFitsInt64(vector.type):
            try encode(lanes: values.values.map { Int64(truncatingIfNeeded: $0) }, of: vector.type, into: &writer)
        case .int128(let values): try encode(lanes: values.values, of: vector.type, into: &writer)
        case .float32(let values): try encode(lanes: values.values.map(\.bitPattern), of: vector.type, into: &writer)
        case .float64(let values): try encode(lanes: values.values.map(\.bitPattern), of: vector.type, into: &writer)
        case .boolean(let values): try encode(lanes: values.values.map { $0 ? UInt8(1) : 0 }, of: vector.type, into: &writer)
        case .string(let strings):
            guard let codec = stringCodec else { throw notFor(vector.type) }
            codec.encode(strings: strings, into: &writer)
        }
        return writer.bytes
    }

    /// The `count` values of type `type` that `bytes` encode, or a `damaged block` error when
    /// the bytes are not a block this encoding wrote.
    public func decode(_ bytes: [UInt8], type: DataType, count: Int) throws(SQLError) -> ColumnVector {
        var reader = ByteReader(bytes)
        let validity = try Self.readValidity(&reader, count: count)
        let storage: ColumnStorage
        switch type.physicalType {
        case .int16: storage = .int16(FixedWidthVector(values: try decode(lanes: Int16.self, of: type, count: count, from: &reader), validity: validity))
        case .int32: storage = .int32(FixedWidthVector(values: try decode(lanes: Int32.self, of: type, count: count, from: &reader), validity: validity))
        case .int64: storage = .int64(FixedWidthVector(values: try decode(lanes: Int64.self, of: type, count: count, from: &reader), validity: validity))
        case .int128 where Self.decimalFitsInt64(type):
            let values = try decode(lanes: Int64.self, of: type, count: count, from: &reader)
            storage = .int128(FixedWidthVector(values: values.map { Int128($0) }, validity: validity))
        case .int128: storage = .int128(FixedWidthVector(values: try decode(lanes: Int128.self, of: type, count: count, from: &reader), validity: validity))
        case .float32:
            let bits = try decode(lanes: UInt32.self, of: type, count: count, from: &reader)
            storage = .float32(FixedWidthVector(values: bits.map(Float.init(bitPattern:)), validity: validity))
        case .float64:
            let bits = try decode(lanes: UInt64.self, of: type, count: count, from: &reader)
            storage = .float64(FixedWidthVector(values: bits.map(Double.init(bitPattern:)), validity: validity))
        case .boolean:
            let flags = try decode(lanes: UInt8.self, of: type, count: count, from: &reader)
            storage = .boolean(FixedWidthVector(values: flags.map { $0 != 0 }, validity: validity))
        case .string:
            guard let codec = stringCodec else { throw notFor(type) }
            var strings = try codec.decode(strings: count, from: &reader)
            guard strings.count == count else { throw BlockDamage.invalid("\(strings.count) values where \(count) were expected") }
            strings.validity = validity
            storage = .string(strings)
        }
        try reader.finish()
        return ColumnVector(uncheckedType: type, storage: storage)
    }

    /// DECIMAL of up to 18 digits is stored in 8 bytes, as Redshift stores it (its values never
    /// exceed Int64), though vectors hold every DECIMAL in 16.
    private static func decimalFitsInt64(_ type: DataType) -> Bool {
        if case .decimal(let precision, _) = type { return precision <= 18 }
        return false
    }

    private static func readValidity(_ reader: inout ByteReader, count: Int) throws(SQLError) -> ValidityMask {
        var validity = ValidityMask(allValid: count)
        switch try reader.readByte() {
        case 0: return validity
        case 1:
            let words = try reader.read(UInt64.self, count: (count + 63) >> 6)
            if count & 63 != 0, let last = words.last, last >> UInt64(count & 63) != 0 {
                throw BlockDamage.invalid("validity bits beyond the block's rows")
            }
            validity.words = words
            return validity
        case let flag: throw BlockDamage.invalid("unknown validity flag \(flag)")
        }
    }
}
