/// TEXT255 and TEXT32K: a per-block dictionary of words (values split at spaces), and each
/// value as its word count and, per word, its dictionary index or the escape followed by the
/// word itself. TEXT255 keeps the first 245 distinct words with one-byte indexes; TEXT32K
/// keeps words until they fill 32K bytes, with two-byte indexes, as Redshift documents.
struct TextDictionaryCodec: StringCodec {
    static let text255 = TextDictionaryCodec(maxEntries: 245, maxDictionaryBytes: Int.max, index: .oneByte)
    static let text32k = TextDictionaryCodec(maxEntries: Int(UInt16.max) - 1, maxDictionaryBytes: 32 * 1024, index: .twoBytes)

    static let space: UInt8 = 0x20

    let maxEntries: Int
    let maxDictionaryBytes: Int
    let index: IndexWidth

    enum IndexWidth {
        case oneByte, twoBytes

        var escape: Int { self == .oneByte ? Int(UInt8.max) : Int(UInt16.max) }

        func write(_ value: Int, into writer: inout ByteWriter) {
            if self == .oneByte { writer.write(UInt8(truncatingIfNeeded: value)) } else { writer.write(UInt16(truncatingIfNeeded: value)) }
        }

        func read(from reader: inout ByteReader) throws(SQLError) -> Int {
            self == .oneByte ? Int(try reader.readByte()) : Int(try reader.read(UInt16.self))
        }
    }

    func encode(strings: StringVector, into writer: inout ByteWriter) {
        var positions: [ArraySlice<UInt8>: Int] = [:]
        var entries: [ArraySlice<UInt8>] = []
        var dictionaryBytes = 0
        let words = (0..<strings.count).map { strings.bytes(at: $0).split(separator: Self.space, omittingEmptySubsequences: false) }
        for word in words.joined() where positions[word] == nil {
            guard entries.count < maxEntries, dictionaryBytes + word.count <= maxDictionaryBytes else { continue }
            positions[word] = entries.count
            entries.append(word)
            dictionaryBytes += word.count
        }
        writer.writeLength(entries.count)
        for entry in entries { RawCodec.write(value: entry, into: &writer) }
        for valueWords in words {
            writer.writeLength(valueWords.count)
            for word in valueWords {
                if let position = positions[word] {
                    index.write(position, into: &writer)
                } else {
                    index.write(index.escape, into: &writer)
                    RawCodec.write(value: word, into: &writer)
                }
            }
        }
    }

    func decode(strings count: Int, from reader: inout ByteReader) throws(SQLError) -> StringVector {
        let entryCount = try reader.readLength(limit: min(maxEntries, reader.remaining))
        var entries: [ArraySlice<UInt8>] = []
        for _ in 0..<entryCount { entries.append(try RawCodec.readValue(from: &reader)) }
        var strings = StringVector()
        var value: [UInt8] = []
        for _ in 0..<count {
            // Every value has at least one word, and every word takes at least one byte.
            let wordCount = try reader.readLength(limit: reader.remaining)
            guard wordCount > 0 else { throw BlockDamage.invalid("a value of no words") }
            value.removeAll(keepingCapacity: true)
            for word in 0..<wordCount {
                if word > 0 { value.append(Self.space) }
                let position = try index.read(from: &reader)
                if position == index.escape {
                    value.append(contentsOf: try RawCodec.readValue(from: &reader))
                } else {
                    guard position < entries.count else { throw BlockDamage.invalid("word index \(position) out of range") }
                    value.append(contentsOf: entries[position])
                }
            }
            strings.append(bytes: value)
        }
        return strings
    }
}
