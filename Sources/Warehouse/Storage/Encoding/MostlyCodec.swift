/// MOSTLY8, MOSTLY16 and MOSTLY32: each value in 1, 2 or 4 bytes when it fits (DECIMAL by
/// its unscaled integer, so 1,234.56 counts as 123456), else the escape followed by the value
/// at the column's full width: cheap when most values are small.
struct MostlyCodec {
    let width: NarrowInteger

    func encode<T: FixedWidthInteger & Sendable>(lanes values: [T], into writer: inout ByteWriter) {
        for value in values {
            if let narrow = width.narrowed(value) {
                width.write(narrow, into: &writer)
            } else {
                width.writeEscape(into: &writer)
                writer.write(value)
            }
        }
    }

    func decode<T: FixedWidthInteger & Sendable>(lanes _: T.Type, count: Int, from reader: inout ByteReader) throws(SQLError) -> [T] {
        guard count <= reader.remaining else { throw BlockDamage.truncated }
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            if let narrow = try width.read(from: &reader) {
                values.append(T(truncatingIfNeeded: narrow))
            } else {
                values.append(try reader.read(T.self))
            }
        }
        return values
    }
}
