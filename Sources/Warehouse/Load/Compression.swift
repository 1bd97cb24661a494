import CCompression

/// Inflates GZIP (zlib, concatenated members allowed as gzip tools write them) and BZIP2
/// (libbzip2) input for COPY, and writes GZIP for UNLOAD. ZSTD has no library on this machine,
/// so both refuse it.
enum Compression {
    static func inflate(_ bytes: [UInt8], _ compression: CopyOptions.Compression, file: String) throws(SQLError) -> [UInt8] {
        switch compression {
        case .none: return bytes
        case .gzip:
            guard let output = gunzip(bytes) else { throw corrupt("gzip", file) }
            return output
        case .bzip2:
            guard let output = bunzip2(bytes) else { throw corrupt("bzip2", file) }
            return output
        }
    }

    private static func corrupt(_ kind: String, _ file: String) -> SQLError {
        SQLError(SQLState.internalError, "\(kind) decompression failed: the file is not valid \(kind) input",
                 detail: "context: S3 key being read : \(file)")
    }

    private static let chunk = 1 << 16

    /// `bytes` as one gzip member (what `gzip` writes; readable by COPY ... GZIP and `gunzip`).
    static func gzip(_ bytes: [UInt8]) throws(SQLError) -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                            Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw SQLError(SQLState.internalError, "gzip compression could not start")
        }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 32)
        var input = bytes
        let status = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target -> Int32 in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw SQLError(SQLState.internalError, "gzip compression failed") }
        output.removeLast(Int(stream.avail_out))
        return output
    }

    private static func gunzip(_ input: [UInt8]) -> [UInt8]? {
        guard !input.isEmpty else { return [] }
        var output: [UInt8] = []
        var stream = z_stream()
        // 16 + MAX_WBITS: expect a gzip header and trailer.
        guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var buffer = [UInt8](repeating: 0, count: chunk)
        return input.withUnsafeBufferPointer { source -> [UInt8]? in
            guard let base = source.baseAddress else { return nil }
            stream.next_in = UnsafeMutablePointer(mutating: base)
            stream.avail_in = UInt32(source.count)
            while true {
                let status = buffer.withUnsafeMutableBufferPointer { target -> Int32 in
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    return CCompression.inflate(&stream, Z_NO_FLUSH)
                }
                output.append(contentsOf: buffer[0..<(chunk - Int(stream.avail_out))])
                if status == Z_STREAM_END {
                    // Another gzip member may follow (`cat a.gz b.gz`).
                    guard stream.avail_in > 0 else { return output }
                    guard inflateReset(&stream) == Z_OK else { return nil }
                } else if status != Z_OK {
                    return nil
                } else if stream.avail_in == 0 && stream.avail_out > 0 {
                    return nil
                }
            }
        }
    }

    private static func bunzip2(_ input: [UInt8]) -> [UInt8]? {
        guard !input.isEmpty else { return [] }
        var output: [UInt8] = []
        var stream = bz_stream()
        guard BZ2_bzDecompressInit(&stream, 0, 0) == BZ_OK else { return nil }
        defer { BZ2_bzDecompressEnd(&stream) }
        var buffer = [UInt8](repeating: 0, count: chunk)
        var source = input
        return source.withUnsafeMutableBufferPointer { source -> [UInt8]? in
            guard let base = source.baseAddress else { return nil }
            stream.next_in = UnsafeMutableRawPointer(base).assumingMemoryBound(to: CChar.self)
            stream.avail_in = UInt32(source.count)
            while true {
                let status = buffer.withUnsafeMutableBufferPointer { target -> Int32 in
                    guard let base = target.baseAddress else { return BZ_MEM_ERROR }
                    stream.next_out = UnsafeMutableRawPointer(base).assumingMemoryBound(to: CChar.self)
                    stream.avail_out = UInt32(target.count)
                    return BZ2_bzDecompress(&stream)
                }
                output.append(contentsOf: buffer[0..<(chunk - Int(stream.avail_out))])
                if status == BZ_STREAM_END { return output }
                if status != BZ_OK || (stream.avail_in == 0 && stream.avail_out > 0) { return nil }
            }
        }
    }
}
