import CCompression

/// CRC-32 (zlib's, the one gzip and PNG use) of a database file's bytes: every file a commit
/// writes ends with the checksum of everything before it, so a damaged file is noticed on open.
enum FileChecksum {
    static func crc32(_ buffer: UnsafeRawBufferPointer) -> UInt32 {
        var crc = CCompression.crc32(0, nil, 0)
        var offset = 0
        // zlib takes a 32-bit length; large files are summed in pieces.
        while offset < buffer.count {
            let length = min(buffer.count - offset, 1 << 30)
            crc = CCompression.crc32(crc, buffer.baseAddress!.advanced(by: offset).assumingMemoryBound(to: Bytef.self), uInt(length))
            offset += length
        }
        return UInt32(truncatingIfNeeded: crc)
    }
}
