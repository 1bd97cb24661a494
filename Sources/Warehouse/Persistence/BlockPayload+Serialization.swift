/// The one place a block's payload meets the disk. Each payload starts with a format version
/// byte and a tag naming its case; an encoding added to `BlockPayload` adds one tag here.
extension BlockPayload {
    static let formatVersion: UInt8 = 1

    private enum Tag: UInt8, CaseIterable {
        case raw = 0
    }

    func serialize(into writer: inout ByteWriter) {
        writer.write(Self.formatVersion)
        switch self {
        case .raw(let vector):
            writer.write(Tag.raw.rawValue)
            writer.write(vector)
        }
    }

    static func deserialize(from reader: inout ByteReader) throws(SQLError) -> BlockPayload {
        let version = try reader.readByte()
        guard version == formatVersion else {
            throw ByteReader.damaged(reader.file, "a block is in format version \(version), this lab reads version \(formatVersion)")
        }
        switch Tag(rawValue: try reader.readTag(below: UInt8(Tag.allCases.count), "block encoding")) {
        case .raw, nil: return .raw(try reader.readVector())
        }
    }
}
