import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

/// Reads block payloads from the packs of one commit, each payload alone (so a load holds the
/// payloads, never a whole pack beside them) and checked against its checksum, and keeps the
/// location of every block read.
final class BlockPackReader {
    private let directory: URL
    /// The packs the manifest names; a table file naming another is damaged.
    private let named: Set<String>
    /// Each open pack's descriptor and size.
    private var opened: [UInt64: (descriptor: Int32, size: Int)] = [:]
    private(set) var locations: [UInt64: BlockLocation] = [:]

    init(directory: URL, named: Set<String>) {
        self.directory = directory
        self.named = named
    }

    deinit {
        for pack in opened.values { close(pack.descriptor) }
    }

    func payload(at location: BlockLocation, referencedBy file: String) throws(SQLError) -> BlockPayload {
        let name = Manifest.packFileName(sequence: location.pack)
        let bytes = try read(location, from: name, referencedBy: file)
        guard bytes.withUnsafeBytes({ FileChecksum.crc32($0) }) == location.checksum else {
            throw DatabaseFileReader.damaged(name, "a block's checksum does not match its contents")
        }
        var reader = DatabaseFileReader(unsealed: bytes, file: name)
        let payload = try BlockPayload.deserialize(from: &reader)
        guard reader.isAtEnd else { throw DatabaseFileReader.damaged(name, "a block is longer than its location says") }
        return payload
    }

    func record(_ block: StorageBlock, at location: BlockLocation) {
        locations[block.id] = location
    }

    private func read(_ location: BlockLocation, from name: String, referencedBy file: String) throws(SQLError) -> [UInt8] {
        let (descriptor, size) = try open(location.pack, name, referencedBy: file)
        guard location.offset >= 0, location.length >= 0, location.length <= size - location.offset else {
            throw DatabaseFileReader.damaged(name, "it ends before a block it holds")
        }
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: location.length) { buffer, count in
            while count < location.length {
                let got = pread(descriptor, buffer.baseAddress! + count, location.length - count, off_t(location.offset + count))
                if got < 0, errno == EINTR { continue }
                guard got > 0 else {
                    failed = true
                    return
                }
                count += got
            }
        }
        if failed { throw DatabaseFileReader.damaged(name, "it ends before a block it holds") }
        return bytes
    }

    private func open(_ pack: UInt64, _ name: String, referencedBy file: String) throws(SQLError) -> (descriptor: Int32, size: Int) {
        if let known = opened[pack] { return known }
        guard named.contains(name) else {
            throw DatabaseFileReader.damaged(file, "it refers to the block pack \(name), which the manifest does not name")
        }
        let url = directory.appendingPathComponent(name)
        let descriptor = Foundation.open(url.path, O_RDONLY)
        guard descriptor >= 0 else {
            throw errno == ENOENT ? DurableFile.missing(url) : DurableFile.ioError("open", url)
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            close(descriptor)
            throw DurableFile.ioError("read", url)
        }
        opened[pack] = (descriptor, Int(status.st_size))
        return (descriptor, Int(status.st_size))
    }
}
