import Foundation

/// Where a block's payload lies on disk: `length` bytes at `offset` of the pack file of commit
/// `pack`, and their CRC-32, checked when the payload is read.
struct BlockLocation: Equatable, Sendable {
    let pack: UInt64
    let offset: Int
    let length: Int
    let checksum: UInt32
}

/// The block payloads one commit writes to `pack-SEQ.dat`: each payload that no earlier
/// commit wrote, one after another. Table files name blocks by location, so a commit that
/// changes a few blocks of a large table writes those blocks and a small table file, not the
/// table again. See docs/storage-format.md.
struct BlockPackWriter {
    let sequence: UInt64
    private var writer = DatabaseFileWriter()
    private(set) var isEmpty = true

    init(sequence: UInt64) {
        self.sequence = sequence
    }

    mutating func add(_ payload: BlockPayload) -> BlockLocation {
        let offset = writer.bytes.count
        payload.serialize(into: &writer)
        isEmpty = false
        let checksum = writer.bytes.withUnsafeBytes { FileChecksum.crc32(UnsafeRawBufferPointer(rebasing: $0[offset...])) }
        return BlockLocation(pack: sequence, offset: offset, length: writer.bytes.count - offset, checksum: checksum)
    }

    consuming func sealed() -> [UInt8] { writer.sealed() }
}

/// A block's payload in its pack, read when a scan first needs it: each read is checked
/// against the location's length and CRC-32 and against the block it belongs to, so a damaged
/// or missing pack is an error naming the file, never wrong rows.
final class StoredPayload: Sendable {
    let url: URL
    let location: BlockLocation
    private let rowCount: Int
    private let type: DataType

    init(url: URL, location: BlockLocation, rowCount: Int, type: DataType) {
        self.url = url
        self.location = location
        self.rowCount = rowCount
        self.type = type
    }

    func read() throws(SQLError) -> BlockPayload {
        let name = url.lastPathComponent
        let bytes = try readBytes(name)
        guard bytes.withUnsafeBytes({ FileChecksum.crc32($0) }) == location.checksum else {
            throw DatabaseFileReader.damaged(name, "a block's checksum does not match its contents")
        }
        var reader = DatabaseFileReader(unsealed: bytes, file: name)
        let payload = try BlockPayload.deserialize(from: &reader)
        guard reader.isAtEnd, payload.rowCount == rowCount, payload.storedType == type else {
            throw DatabaseFileReader.damaged(name, "a block does not fit its column")
        }
        return payload
    }

    private func readBytes(_ name: String) throws(SQLError) -> [UInt8] {
        let bytes: [UInt8]?
        do {
            bytes = try WholeFile.read(url.path, offset: location.offset, length: location.length)
        } catch {
            throw DatabaseFileReader.damaged(name, "it cannot give a block it holds: \(error.reason)")
        }
        guard let bytes else { throw DurableFile.missing(url) }
        return bytes
    }
}

/// The block packs of one commit as a load meets them: each named by the manifest and present
/// (checked once), and the location of every block read from a table file.
final class BlockPackReader {
    private let directory: URL
    /// The packs the manifest names; a table file naming another is damaged.
    private let named: Set<String>
    private var present: Set<UInt64> = []
    private(set) var locations: [UInt64: BlockLocation] = [:]

    init(directory: URL, named: Set<String>) {
        self.directory = directory
        self.named = named
    }

    /// The block whose payload lies at `location`, left in its pack until a scan needs it.
    func block(at location: BlockLocation, referencedBy file: String, firstRow: Int, rowCount: Int, zoneMap: ZoneMap,
               storedBytes: Int, isRaw: Bool, type: DataType) throws(SQLError) -> StorageBlock {
        let name = Manifest.packFileName(sequence: location.pack)
        let url = directory.appendingPathComponent(name)
        if !present.contains(location.pack) {
            guard named.contains(name) else {
                throw DatabaseFileReader.damaged(file, "it refers to the block pack \(name), which the manifest does not name")
            }
            guard FileManager.default.fileExists(atPath: url.path) else { throw DurableFile.missing(url) }
            present.insert(location.pack)
        }
        let block = StorageBlock(stored: StoredPayload(url: url, location: location, rowCount: rowCount, type: type),
                                 firstRow: firstRow, rowCount: rowCount, zoneMap: zoneMap, storedBytes: storedBytes, isRaw: isRaw)
        locations[block.id] = location
        return block
    }
}
