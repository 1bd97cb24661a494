/// Reads an encoded block back, checking every length against the bytes that remain, so a
/// damaged block ends in `BlockDamage` instead of a crash or a huge allocation.
struct ByteReader {
    private let bytes: [UInt8]
    private(set) var position: Int

    init(_ bytes: [UInt8], from position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    var remaining: Int { bytes.count - position }

    mutating func readByte() throws(SQLError) -> UInt8 {
        guard position < bytes.count else { throw BlockDamage.truncated }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func read<T: FixedWidthInteger>(_: T.Type) throws(SQLError) -> T {
        let size = MemoryLayout<T>.size
        guard remaining >= size else { throw BlockDamage.truncated }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: position, as: T.self) }
        position += size
        return T(littleEndian: value)
    }

    /// `count` fixed-width values copied at once into a typed buffer (as they lie in memory:
    /// engine hosts are little-endian, as `ByteWriter.write(all:)` assumes).
    mutating func read<T: FixedWidthInteger>(_: T.Type, count: Int) throws(SQLError) -> [T] {
        let size = MemoryLayout<T>.stride
        guard count >= 0, count <= remaining / size else { throw BlockDamage.truncated }
        let start = position
        let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { source in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: source[start..<start + count * size]))
            }
            initialized = count
        }
        position += count * size
        return values
    }

    /// Hands the next `count` bytes to `body` in place, without copying them.
    mutating func withBytes<Result>(_ count: Int, _ body: (UnsafeRawBufferPointer) -> Result) throws(SQLError) -> Result {
        guard count >= 0, count <= remaining else { throw BlockDamage.truncated }
        defer { position += count }
        return bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[position..<position + count])) }
    }

    mutating func readBytes(_ count: Int) throws(SQLError) -> ArraySlice<UInt8> {
        guard count >= 0, count <= remaining else { throw BlockDamage.truncated }
        defer { position += count }
        return bytes[position..<position + count]
    }

    /// An unsigned LEB128 number no larger than `limit`.
    mutating func readLength(limit: Int) throws(SQLError) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try readByte()
            guard shift < 63 else { throw BlockDamage.invalid("a length is too long") }
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { break }
            shift += 7
        }
        guard value <= UInt64(max(limit, 0)) else { throw BlockDamage.invalid("a length exceeds what the block holds") }
        return Int(value)
    }

    /// Fails unless every byte was read: trailing bytes mean the block is not what was written.
    func finish() throws(SQLError) {
        guard remaining == 0 else { throw BlockDamage.invalid("\(remaining) bytes follow the encoded values") }
    }
}

/// The error a damaged block ends in (SQLSTATE XX001, data_corrupted).
enum BlockDamage {
    static let sqlState = "XX001"

    static var truncated: SQLError { invalid("the encoded values end early") }

    static func invalid(_ detail: String) -> SQLError {
        SQLError(sqlState, "damaged block: \(detail)")
    }
}
