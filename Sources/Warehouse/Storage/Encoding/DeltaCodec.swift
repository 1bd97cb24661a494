/// DELTA and DELTA32K: the block's first value in full, then each value as its difference
/// from the previous one in one byte (DELTA, -127...127) or two (DELTA32K, -32767...32767);
/// a difference out of range is the escape followed by the value in full, as Redshift's
/// design stores it with a flag.
struct DeltaCodec {
    let width: NarrowInteger

    func encode<T: FixedWidthInteger & Sendable>(lanes values: [T], into writer: inout ByteWriter) {
        guard var previous = values.first else { return }
        writer.write(previous)
        for value in values.dropFirst() {
            let (difference, overflow) = value.subtractingReportingOverflow(previous)
            if !overflow, let narrow = width.narrowed(difference) {
                width.write(narrow, into: &writer)
            } else {
                width.writeEscape(into: &writer)
                writer.write(value)
            }
            previous = value
        }
    }

    func decode<T: FixedWidthInteger & Sendable>(lanes _: T.Type, count: Int, from reader: inout ByteReader) throws(SQLError) -> [T] {
        guard count > 0 else { return [] }
        guard count <= reader.remaining else { throw BlockDamage.truncated }
        var values: [T] = []
        values.reserveCapacity(count)
        var previous = try reader.read(T.self)
        values.append(previous)
        for _ in 1..<count {
            if let difference = try width.read(from: &reader) {
                previous = previous &+ T(truncatingIfNeeded: difference)
            } else {
                previous = try reader.read(T.self)
            }
            values.append(previous)
        }
        return values
    }
}
