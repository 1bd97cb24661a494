/// BYTEDICT: a dictionary per block of the first 255 distinct values, and one byte per row:
/// the value's dictionary index, or 255, the escape, for a value that did not fit in the
/// dictionary, stored raw after the indexes. Redshift documents a 256-entry dictionary; one
/// index goes to the escape here so that every value stays in the block.
struct ByteDictCodec: StringCodec {
    static let escape: UInt8 = 255

    func encode<T: FixedWidthInteger & Sendable>(lanes values: [T], into writer: inout ByteWriter) {
        let (entries, indexes, exceptions) = Self.assign(values)
        writer.write(UInt8(entries.count))
        writer.write(all: entries)
        writer.write(contentsOf: indexes)
        writer.write(all: exceptions)
    }

    func decode<T: FixedWidthInteger & Sendable>(lanes _: T.Type, count: Int, from reader: inout ByteReader) throws(SQLError) -> [T] {
        let entries = try reader.read(T.self, count: Int(reader.readByte()))
        let indexes = try reader.readBytes(count)
        let exceptions = try reader.read(T.self, count: indexes.count { $0 == Self.escape })
        var values: [T] = []
        values.reserveCapacity(count)
        var nextException = 0
        for index in indexes {
            if index == Self.escape {
                values.append(exceptions[nextException])
                nextException += 1
            } else {
                guard Int(index) < entries.count else { throw BlockDamage.invalid("dictionary index \(index) out of range") }
                values.append(entries[Int(index)])
            }
        }
        return values
    }

    func encode(strings: StringVector, into writer: inout ByteWriter) {
        let (entries, indexes, exceptions) = Self.assign((0..<strings.count).lazy.map { strings.bytes(at: $0) })
        writer.write(UInt8(entries.count))
        for entry in entries { RawCodec.write(value: entry, into: &writer) }
        writer.write(contentsOf: indexes)
        for exception in exceptions { RawCodec.write(value: exception, into: &writer) }
    }

    func decode(strings count: Int, from reader: inout ByteReader) throws(SQLError) -> StringVector {
        let entryCount = Int(try reader.readByte())
        var entries: [ArraySlice<UInt8>] = []
        for _ in 0..<entryCount { entries.append(try RawCodec.readValue(from: &reader)) }
        let indexes = try reader.readBytes(count)
        var strings = StringVector()
        for index in indexes {
            if index == Self.escape {
                strings.append(bytes: try RawCodec.readValue(from: &reader))
            } else {
                guard Int(index) < entries.count else { throw BlockDamage.invalid("dictionary index \(index) out of range") }
                strings.append(bytes: entries[Int(index)])
            }
        }
        return strings
    }

    /// The dictionary (values in first-seen order, at most 255), each row's index, and the
    /// values that found the dictionary full, in row order.
    private static func assign<Key: Hashable, Keys: Sequence<Key>>(_ keys: Keys) -> (entries: [Key], indexes: [UInt8], exceptions: [Key]) {
        var positions: [Key: UInt8] = [:]
        var entries: [Key] = [], indexes: [UInt8] = [], exceptions: [Key] = []
        for key in keys {
            if let index = positions[key] {
                indexes.append(index)
            } else if entries.count < Int(escape) {
                positions[key] = UInt8(entries.count)
                indexes.append(UInt8(entries.count))
                entries.append(key)
            } else {
                indexes.append(escape)
                exceptions.append(key)
            }
        }
        return (entries, indexes, exceptions)
    }
}
