/// RAW: values as they are. Fixed-width values are their little-endian bytes; strings are
/// every row's length followed by all the bytes, as one buffer. Other codecs store their
/// out-of-range values and dictionary entries in this form too.
struct RawCodec: StringCodec {
    func encode<T: FixedWidthInteger & Sendable>(lanes values: [T], into writer: inout ByteWriter) {
        writer.write(all: values)
    }

    func decode<T: FixedWidthInteger & Sendable>(lanes _: T.Type, count: Int, from reader: inout ByteReader) throws(SQLError) -> [T] {
        try reader.read(T.self, count: count)
    }

    func encode(strings: StringVector, into writer: inout ByteWriter) {
        for row in 0..<strings.count { writer.writeLength(strings.byteRange(row).count) }
        writer.write(contentsOf: strings.bytes[Int(strings.offsets[0])..<Int(strings.offsets[strings.count])])
    }

    func decode(strings count: Int, from reader: inout ByteReader) throws(SQLError) -> StringVector {
        guard count <= reader.remaining else { throw BlockDamage.truncated }
        var strings = StringVector()
        strings.offsets.reserveCapacity(count + 1)
        var total = 0
        for _ in 0..<count {
            total += try reader.readLength(limit: reader.remaining)
            guard total <= reader.remaining else { throw BlockDamage.truncated }
            strings.offsets.append(UInt32(total))
        }
        strings.bytes = Array(try reader.readBytes(total))
        strings.validity = ValidityMask(allValid: count)
        return strings
    }

    /// One string value: its length, then its bytes.
    static func write(value: ArraySlice<UInt8>, into writer: inout ByteWriter) {
        writer.writeLength(value.count)
        writer.write(contentsOf: value)
    }

    static func readValue(from reader: inout ByteReader) throws(SQLError) -> ArraySlice<UInt8> {
        try reader.readBytes(reader.readLength(limit: reader.remaining))
    }
}
