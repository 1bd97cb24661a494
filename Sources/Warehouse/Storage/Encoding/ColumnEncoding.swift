/// Redshift's column compression encodings (the `ENCODE` keywords), each with the codec that
/// really applies it to a block's bytes. The registry: `laneCodec` for fixed-width values
/// (integers, DECIMAL, dates and times, floats and booleans by their bit patterns) and
/// `stringCodec` for CHAR and VARCHAR; nil where the encoding never takes that kind of value.
public enum ColumnEncoding: String, Sendable, Hashable, CaseIterable {
    case raw, az64, bytedict, delta, delta32k, lzo, mostly8, mostly16, mostly32, runlength, text255, text32k, zstd

    /// The encoding named by an `ENCODE` keyword (any case).
    public init?(keyword: String) { self.init(rawValue: keyword.lowercased()) }

    var laneCodec: (any LaneCodec)? {
        switch self {
        case .raw: RawCodec()
        case .az64: AZ64Codec()
        case .bytedict: ByteDictCodec()
        case .delta: DeltaCodec(width: .oneByte)
        case .delta32k: DeltaCodec(width: .twoBytes)
        case .lzo: ZlibCodec.lzo
        case .zstd: ZlibCodec.zstd
        case .mostly8: MostlyCodec(width: .oneByte)
        case .mostly16: MostlyCodec(width: .twoBytes)
        case .mostly32: MostlyCodec(width: .fourBytes)
        case .runlength: RunLengthCodec()
        case .text255, .text32k: nil
        }
    }

    var stringCodec: (any StringCodec)? {
        switch self {
        case .raw: RawCodec()
        case .bytedict: ByteDictCodec()
        case .lzo: ZlibCodec.lzo
        case .zstd: ZlibCodec.zstd
        case .runlength: RunLengthCodec()
        case .text255: TextDictionaryCodec.text255
        case .text32k: TextDictionaryCodec.text32k
        case .az64, .delta, .delta32k, .mostly8, .mostly16, .mostly32: nil
        }
    }
}

/// Encodes and decodes fixed-width values, seen as integers of their width.
protocol LaneCodec: Sendable {
    func encode<T: FixedWidthInteger & Sendable>(lanes values: [T], into writer: inout ByteWriter)
    func decode<T: FixedWidthInteger & Sendable>(lanes _: T.Type, count: Int, from reader: inout ByteReader) throws(SQLError) -> [T]
}

/// Encodes and decodes strings; decoding returns the bytes and offsets (validity is the
/// block's, restored around the codec).
protocol StringCodec: Sendable {
    func encode(strings: StringVector, into writer: inout ByteWriter)
    func decode(strings count: Int, from reader: inout ByteReader) throws(SQLError) -> StringVector
}
