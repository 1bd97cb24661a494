/// RUNLENGTH: each run of repeated values as the value (RAW form) and the run's length, so a
/// block of long runs shrinks to a few bytes per run; poor on a sort key's neighbours-differ
/// data, which is why Redshift advises against it there.
struct RunLengthCodec: StringCodec {
    func encode<T: FixedWidthInteger & Sendable>(lanes values: [T], into writer: inout ByteWriter) {
        var start = 0
        while start < values.count {
            var end = start + 1
            while end < values.count, values[end] == values[start] { end += 1 }
            writer.write(values[start])
            writer.writeLength(end - start)
            start = end
        }
    }

    func decode<T: FixedWidthInteger & Sendable>(lanes _: T.Type, count: Int, from reader: inout ByteReader) throws(SQLError) -> [T] {
        var values: [T] = []
        while values.count < count {
            let value = try reader.read(T.self)
            values.append(contentsOf: repeatElement(value, count: try runLength(&reader, left: count - values.count)))
        }
        return values
    }

    func encode(strings: StringVector, into writer: inout ByteWriter) {
        var start = 0
        while start < strings.count {
            var end = start + 1
            while end < strings.count, strings.bytes(at: end).elementsEqual(strings.bytes(at: start)) { end += 1 }
            RawCodec.write(value: strings.bytes(at: start), into: &writer)
            writer.writeLength(end - start)
            start = end
        }
    }

    func decode(strings count: Int, from reader: inout ByteReader) throws(SQLError) -> StringVector {
        var strings = StringVector()
        while strings.count < count {
            let value = try RawCodec.readValue(from: &reader)
            for _ in 0..<(try runLength(&reader, left: count - strings.count)) { strings.append(bytes: value) }
        }
        return strings
    }

    /// A run's length: at least one row and no more than the rows still to decode.
    private func runLength(_ reader: inout ByteReader, left: Int) throws(SQLError) -> Int {
        let length = try reader.readLength(limit: left)
        guard length > 0 else { throw BlockDamage.invalid("a run of no rows") }
        return length
    }
}
