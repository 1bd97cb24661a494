import CCompression

/// LZO and ZSTD: general-purpose compression of the block's RAW form. The machine's zlib
/// (deflate) stands in for both libraries, which are not available here: LZO as deflate's
/// fastest level with fixed Huffman codes (LZO is LZ77 matching without an entropy coder),
/// and ZSTD as deflate's strongest level with adaptive Huffman codes (Zstandard adds
/// entropy coding and compresses harder). The body is the RAW form's length, then deflate's
/// output.
struct ZlibCodec: StringCodec {
    static let lzo = ZlibCodec(level: 1, strategy: Z_FIXED)
    static let zstd = ZlibCodec(level: 9, strategy: Z_DEFAULT_STRATEGY)

    /// zlib's compression level, 1 (fastest) to 9 (smallest), and strategy.
    let level: Int32
    let strategy: Int32

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
        // Deflate cannot fail on a deflateBound-sized buffer; should it, the RAW form follows
        // a zero marker so the block stays readable.
        guard let compressed = deflated(raw) else {
            writer.write(UInt8(0))
            writer.write(contentsOf: raw)
            return
        }
        writer.write(UInt8(1))
        writer.write(contentsOf: compressed)
    }

    private func deflated(_ raw: [UInt8]) -> [UInt8]? {
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
        guard compressed == 1 else {
            guard compressed == 0, input.count == rawCount else { throw BlockDamage.invalid("unknown compression marker") }
            return ByteReader(Array(input))
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
