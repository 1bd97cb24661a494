/// Builds a database file's bytes: little-endian integers, length-prefixed strings and typed
/// arrays copied as they lie in memory (every machine the lab runs on is little-endian).
struct DatabaseFileWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ value: UInt8) { bytes.append(value) }
    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }
    mutating func write(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func write(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func write(_ value: Int64) { write(UInt64(bitPattern: value)) }
    mutating func write(_ value: Int) { write(Int64(value)) }

    mutating func write(_ value: String) {
        let utf8 = Array(value.utf8)
        write(utf8.count)
        bytes.append(contentsOf: utf8)
    }

    mutating func write(_ value: String?) {
        write(value != nil)
        if let value { write(value) }
    }

    /// An element count, then the elements' bytes.
    mutating func write<Element: BitwiseCopyable>(array: [Element]) {
        write(array.count)
        array.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    /// The bytes so far followed by their CRC-32: what goes to disk. Consuming the writer
    /// hands its buffer over instead of copying a table's worth of bytes.
    consuming func sealed() -> [UInt8] {
        var result = bytes
        bytes = []
        let checksum = result.withUnsafeBytes { FileChecksum.crc32($0) }
        withUnsafeBytes(of: checksum.littleEndian) { result.append(contentsOf: $0) }
        return result
    }
}
