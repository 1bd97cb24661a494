import CCompression

/// LZO and ZSTD: general-purpose compression of the block's RAW form. Neither library is on
/// this machine, so LZO is `LZ77Block` (LZ77 matching written as whole bytes, no entropy
/// coder: LZO's design and speed) and ZSTD is the system zlib's deflate at its default level
/// 6 (Zstandard adds better entropy coding; deflate's level 9 took ten times as long on
/// repetitive columns for blocks about 5% smaller). The body is the RAW form's
/// length, a marker naming how the rest is written (0 as it is, 1 deflate, 2 LZ77; blocks
/// written before LZO used LZ77 carry 1 and still read), then the compressed bytes.
struct GeneralPurposeCodec: StringCodec {
    enum Method: Sendable {
        case lz77
        /// zlib's compression level, 1 (fastest) to 9 (smallest), and strategy.
        case deflate(level: Int32, strategy: Int32)
    }

    static let lzo = GeneralPurposeCodec(method: .lz77)
    static let zstd = GeneralPurposeCodec(method: .deflate(level: 6, strategy: Z_DEFAULT_STRATEGY))

    let method: Method

    func encode<T: FixedWidthInteger & Sendable>(lanes values: [T], into writer: inout ByteWriter) {
        var raw = ByteWriter()
        RawCodec().encode(lanes: values, into: &raw)
        compress(raw.bytes, into: &writer)
    }

    func decode<T: FixedWidthInteger & Sendable>(lanes _: T.Type, count: Int, from reader: inout ByteReader) throws(SQLError) -> [T] {
        var raw = try decompress(&reader, rawLimit: count * MemoryLayout<T>.size)
        let values = try RawCodec().decode(lanes: T.self, count: count, from: &raw)
        try raw.finish()
        return values
    }

    func encode(strings: StringVector, into writer: inout ByteWriter) {
        var raw = ByteWriter()
        RawCodec().encode(strings: strings, into: &raw)
        compress(raw.bytes, into: &writer)
    }

    func decode(strings count: Int, from reader: inout ByteReader) throws(SQLError) -> StringVector {
        var raw = try decompress(&reader, rawLimit: Int(Int32.max))
        let strings = try RawCodec().decode(strings: count, from: &raw)
        try raw.finish()
        return strings
    }

    private func compress(_ raw: [UInt8], into writer: inout ByteWriter) {
        writer.writeLength(raw.count)
        switch method {
        case .lz77:
            writer.write(UInt8(2))
            writer.write(contentsOf: raw.withUnsafeBufferPointer(LZ77Block.compress))
        case .deflate(let level, let strategy):
            // Deflate cannot fail on a deflateBound-sized buffer; should it, the RAW form
            // follows a zero marker so the block stays readable.
            guard let compressed = Self.deflated(raw, level: level, strategy: strategy) else {
                writer.write(UInt8(0))
                writer.write(contentsOf: raw)
                return
            }
            writer.write(UInt8(1))
            writer.write(contentsOf: compressed)
        }
    }

    private static func deflated(_ raw: [UInt8], level: Int32, strategy: Int32) -> [UInt8]? {
        var stream = z_stream()
        guard deflateInit2_(&stream, level, Z_DEFLATED, MAX_WBITS, 8, strategy, ZLIB_VERSION,
                            Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(raw.count))))
        let status = output.withUnsafeMutableBufferPointer { target in
            raw.withUnsafeBufferPointer { source in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return nil }
        return Array(output[0..<Int(stream.total_out)])
    }

    /// The RAW form, inflated; its length is bounded by deflate's largest ratio (1032:1) and by
    /// `rawLimit`, so a damaged length cannot ask for an absurd buffer.
    private func decompress(_ reader: inout ByteReader, rawLimit: Int) throws(SQLError) -> ByteReader {
        let rawCount = try reader.readLength(limit: min(reader.remaining * 1032 + 64, rawLimit))
        let compressed = try reader.readByte()
        let input = try reader.readBytes(reader.remaining)
        switch compressed {
        case 0:
            guard input.count == rawCount else { throw BlockDamage.invalid("the stored values are not \(rawCount) bytes") }
            return ByteReader(Array(input))
        case 1: break
        case 2: return ByteReader(try LZ77Block.decompress(input, rawCount: rawCount))
        default: throw BlockDamage.invalid("unknown compression marker")
        }
        guard rawCount > 0 else { return ByteReader([]) }
        var output = [UInt8](repeating: 0, count: rawCount)
        var produced = uLongf(rawCount)
        let status = output.withUnsafeMutableBufferPointer { target in
            input.withUnsafeBufferPointer { source in
                uncompress(target.baseAddress, &produced, source.baseAddress, uLong(source.count))
            }
        }
        guard status == Z_OK, Int(produced) == rawCount else {
            throw BlockDamage.invalid("the compressed values do not inflate (zlib status \(status))")
        }
        return ByteReader(output)
    }
}
