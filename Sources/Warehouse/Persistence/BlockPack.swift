/// Where a block's payload lies on disk: in the pack file of commit `pack`, at `offset`.
struct BlockLocation: Equatable, Sendable {
    let pack: UInt64
    let offset: Int
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
        let location = BlockLocation(pack: sequence, offset: writer.bytes.count)
        payload.serialize(into: &writer)
        isEmpty = false
        return location
    }

    consuming func sealed() -> [UInt8] { writer.sealed() }
}

/// The payloads of the block packs a load reads, each pack read (and its checksum checked)
/// once, and the location of every block read from one.
struct BlockPackReader {
    /// Reads a pack file's bytes, nil when it is missing.
    let readPack: (String) throws(SQLError) -> [UInt8]?
    private var packs: [UInt64: DatabaseFileReader] = [:]
    private(set) var locations: [UInt64: BlockLocation] = [:]

    init(readPack: @escaping (String) throws(SQLError) -> [UInt8]?) {
        self.readPack = readPack
    }

    mutating func payload(at location: BlockLocation, referencedBy file: String) throws(SQLError) -> BlockPayload {
        let name = Manifest.packFileName(sequence: location.pack)
        if packs[location.pack] == nil {
            guard let bytes = try readPack(name) else {
                throw DatabaseFileReader.damaged(file, "it refers to the block pack \(name), which is missing")
            }
            packs[location.pack] = try DatabaseFileReader(sealed: bytes, file: name)
        }
        guard var reader = packs[location.pack] else { throw DatabaseFileReader.damaged(name, "it cannot be read") }
        try reader.seek(to: location.offset)
        return try BlockPayload.deserialize(from: &reader)
    }

    mutating func record(_ block: StorageBlock, at location: BlockLocation) {
        locations[block.id] = location
    }
}
