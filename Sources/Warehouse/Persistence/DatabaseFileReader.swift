/// Reads what `DatabaseFileWriter` wrote, checking every length against the bytes left, so a file
/// that passed its checksum but does not parse (written by another format) is an error, not a crash.
struct DatabaseFileReader {
    /// The file as read, checksum included: the reader stops at `end`, so the body is never copied.
    private let bytes: [UInt8]
    private let end: Int
    private var position = 0
    /// The file's name, for error messages.
    let file: String

    /// The contents of a sealed file after checking its trailing CRC-32.
    init(sealed data: [UInt8], file: String) throws(SQLError) {
        self.file = file
        guard data.count >= 4 else { throw Self.damaged(file, "it is too short") }
        end = data.count - 4
        let (computed, stored) = data.withUnsafeBytes { buffer in
            (FileChecksum.crc32(UnsafeRawBufferPointer(rebasing: buffer[..<(data.count - 4)])),
             UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: data.count - 4, as: UInt32.self)))
        }
        guard computed == stored else { throw Self.damaged(file, "its checksum does not match its contents") }
        bytes = data
    }

    /// Bytes whose checksum was checked elsewhere (a block payload against its location's).
    init(unsealed data: [UInt8], file: String) {
        self.file = file
        bytes = data
        end = data.count
    }

    static func damaged(_ file: String, _ why: String) -> SQLError {
        SQLError(SQLState.dataCorrupted, "database file \"\(file)\" is damaged: \(why)")
    }

    var isAtEnd: Bool { position == end }

    private mutating func take(_ count: Int) throws(SQLError) -> ArraySlice<UInt8> {
        guard count >= 0, count <= end - position else { throw Self.damaged(file, "it ends early") }
        defer { position += count }
        return bytes[position..<position + count]
    }

    mutating func readByte() throws(SQLError) -> UInt8 { try take(1).first ?? 0 }

    /// The next byte, left unread.
    func peekByte() throws(SQLError) -> UInt8 {
        guard position < end else { throw Self.damaged(file, "it ends early") }
        return bytes[position]
    }

    mutating func readBool() throws(SQLError) -> Bool { try readByte() != 0 }

    mutating func readUInt32() throws(SQLError) -> UInt32 { UInt32(littleEndian: try load(UInt32.self)) }

    mutating func readUInt64() throws(SQLError) -> UInt64 { UInt64(littleEndian: try load(UInt64.self)) }

    private mutating func load<Value: FixedWidthInteger>(_: Value.Type) throws(SQLError) -> Value {
        let start = position
        _ = try take(MemoryLayout<Value>.size)
        return bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: start, as: Value.self) }
    }

    mutating func readInt64() throws(SQLError) -> Int64 { Int64(bitPattern: try readUInt64()) }

    mutating func readInt() throws(SQLError) -> Int {
        let value = try readInt64()
        guard let int = Int(exactly: value) else { throw Self.damaged(file, "a number is out of range") }
        return int
    }

    /// A count or length: never negative.
    mutating func readCount() throws(SQLError) -> Int {
        let count = try readInt()
        guard count >= 0 else { throw Self.damaged(file, "a length is negative") }
        return count
    }

    mutating func readString() throws(SQLError) -> String {
        String(decoding: try take(try readCount()), as: UTF8.self)
    }

    mutating func readOptionalString() throws(SQLError) -> String? {
        try readBool() ? try readString() : nil
    }

    mutating func readArray<Element: BitwiseCopyable>(of _: Element.Type) throws(SQLError) -> [Element] {
        let count = try readCount()
        let size = MemoryLayout<Element>.stride
        guard count <= (end - position) / max(size, 1) else { throw Self.damaged(file, "it ends early") }
        let raw = try take(count * size)
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            raw.withUnsafeBytes { source in
                if let base = source.baseAddress, count > 0 {
                    UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: base, byteCount: count * size)
                }
            }
            initialized = count
        }
    }

    /// A tag byte that must be below `limit`.
    mutating func readTag(below limit: UInt8, _ what: String) throws(SQLError) -> UInt8 {
        let tag = try readByte()
        guard tag < limit else { throw Self.damaged(file, "it holds an unknown \(what) (\(tag))") }
        return tag
    }
}
