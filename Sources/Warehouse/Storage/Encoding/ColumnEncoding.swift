/// Redshift's column compression encodings (the `ENCODE` keywords), each with the codec that
/// really applies it to a block's bytes. The registry: `encode(lanes:)`/`decode(lanes:)` for
/// fixed-width values (integers, DECIMAL, dates and times, floats and booleans by their bit
/// patterns) and `stringCodec` for CHAR and VARCHAR (nil where the encoding never takes them).
public enum ColumnEncoding: String, Sendable, Hashable, CaseIterable {
    case raw, az64, bytedict, delta, delta32k, lzo, mostly8, mostly16, mostly32, runlength, text255, text32k, zstd

    /// The encoding named by an `ENCODE` keyword (any case).
    public init?(keyword: String) { self.init(rawValue: keyword.lowercased()) }

    /// `values` (fixed-width values seen as integers of their width) encoded by this encoding's
    /// codec. Each case calls its codec with the concrete lane type, so every codec's loop is
    /// compiled for that type: through a protocol existential it would run unspecialized, with
    /// metadata lookups and witness calls per value.
    func encode<T: FixedWidthInteger & Sendable>(lanes values: [T], of type: DataType, into writer: inout ByteWriter) throws(SQLError) {
        switch self {
        case .raw: RawCodec().encode(lanes: values, into: &writer)
        case .az64: values.withUnsafeBufferPointer { AZ64Codec.encode($0, into: &writer) }
        case .bytedict: ByteDictCodec().encode(lanes: values, into: &writer)
        case .delta: DeltaCodec(width: .oneByte).encode(lanes: values, into: &writer)
        case .delta32k: DeltaCodec(width: .twoBytes).encode(lanes: values, into: &writer)
        case .lzo: GeneralPurposeCodec.lzo.encode(lanes: values, into: &writer)
        case .zstd: GeneralPurposeCodec.zstd.encode(lanes: values, into: &writer)
        case .mostly8: MostlyCodec(width: .oneByte).encode(lanes: values, into: &writer)
        case .mostly16: MostlyCodec(width: .twoBytes).encode(lanes: values, into: &writer)
        case .mostly32: MostlyCodec(width: .fourBytes).encode(lanes: values, into: &writer)
        case .runlength: RunLengthCodec().encode(lanes: values, into: &writer)
        case .text255, .text32k: throw notFor(type)
        }
    }

    /// The `count` fixed-width values the codec wrote, read back (see `encode(lanes:)`).
    func decode<T: FixedWidthInteger & Sendable>(lanes _: T.Type, of type: DataType, count: Int,
                                                 from reader: inout ByteReader) throws(SQLError) -> [T] {
        switch self {
        case .raw: try RawCodec().decode(lanes: T.self, count: count, from: &reader)
        case .az64: try AZ64Codec.decode(T.self, count: count, from: &reader)
        case .bytedict: try ByteDictCodec().decode(lanes: T.self, count: count, from: &reader)
        case .delta: try DeltaCodec(width: .oneByte).decode(lanes: T.self, count: count, from: &reader)
        case .delta32k: try DeltaCodec(width: .twoBytes).decode(lanes: T.self, count: count, from: &reader)
        case .lzo: try GeneralPurposeCodec.lzo.decode(lanes: T.self, count: count, from: &reader)
        case .zstd: try GeneralPurposeCodec.zstd.decode(lanes: T.self, count: count, from: &reader)
        case .mostly8: try MostlyCodec(width: .oneByte).decode(lanes: T.self, count: count, from: &reader)
        case .mostly16: try MostlyCodec(width: .twoBytes).decode(lanes: T.self, count: count, from: &reader)
        case .mostly32: try MostlyCodec(width: .fourBytes).decode(lanes: T.self, count: count, from: &reader)
        case .runlength: try RunLengthCodec().decode(lanes: T.self, count: count, from: &reader)
        case .text255, .text32k: throw notFor(type)
        }
    }

    func notFor(_ type: DataType) -> SQLError {
        SQLError(SQLState.internalError, "encoding \(rawValue) cannot hold values of type \(type.sqlName)")
    }

    var stringCodec: (any StringCodec)? {
        switch self {
        case .raw: RawCodec()
        case .bytedict: ByteDictCodec()
        case .lzo: GeneralPurposeCodec.lzo
        case .zstd: GeneralPurposeCodec.zstd
        case .runlength: RunLengthCodec()
        case .text255: TextDictionaryCodec.text255
        case .text32k: TextDictionaryCodec.text32k
        case .az64, .delta, .delta32k, .mostly8, .mostly16, .mostly32: nil
        }
    }
}

/// Encodes and decodes strings; decoding returns the bytes and offsets (validity is the
/// block's, restored around the codec).
protocol StringCodec: Sendable {
    func encode(strings: StringVector, into writer: inout ByteWriter)
    func decode(strings count: Int, from reader: inout ByteReader) throws(SQLError) -> StringVector
}
