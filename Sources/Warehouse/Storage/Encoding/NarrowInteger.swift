/// The narrow signed integers DELTA, DELTA32K and MOSTLYn store, with their most negative
/// value kept as the escape that says "a full-width value follows".
enum NarrowInteger {
    case oneByte, twoBytes, fourBytes

    /// The largest magnitude a narrow value holds (the negative bound is one more, taken by the escape).
    var limit: Int64 {
        switch self {
        case .oneByte: Int64(Int8.max)
        case .twoBytes: Int64(Int16.max)
        case .fourBytes: Int64(Int32.max)
        }
    }

    /// `value` as a narrow integer, or nil when it needs the escape.
    func narrowed(_ value: some FixedWidthInteger) -> Int64? {
        guard let wide = Int64(exactly: value), wide >= -limit, wide <= limit else { return nil }
        return wide
    }

    func write(_ value: Int64, into writer: inout ByteWriter) {
        switch self {
        case .oneByte: writer.write(Int8(truncatingIfNeeded: value))
        case .twoBytes: writer.write(Int16(truncatingIfNeeded: value))
        case .fourBytes: writer.write(Int32(truncatingIfNeeded: value))
        }
    }

    func writeEscape(into writer: inout ByteWriter) { write(-limit - 1, into: &writer) }

    /// The next narrow value, or nil for the escape.
    func read(from reader: inout ByteReader) throws(SQLError) -> Int64? {
        let value: Int64 = switch self {
        case .oneByte: Int64(try reader.read(Int8.self))
        case .twoBytes: Int64(try reader.read(Int16.self))
        case .fourBytes: Int64(try reader.read(Int32.self))
        }
        return value == -limit - 1 ? nil : value
    }
}
