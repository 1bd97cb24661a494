/// The one place a block's payload meets the disk. Each payload starts with a format version
/// byte and a tag naming its case; an encoding added to `BlockPayload` adds one tag here.
extension BlockPayload {
    static let formatVersion: UInt8 = 1

    private enum Tag: UInt8, CaseIterable {
        case raw = 0
        case encoded = 1
    }

    func serialize(into writer: inout DatabaseFileWriter) {
        writer.write(Self.formatVersion)
        switch self {
        case .raw(let vector):
            writer.write(Tag.raw.rawValue)
            writer.write(vector)
        case .encoded(let values):
            writer.write(Tag.encoded.rawValue)
            writer.write(values.encoding.rawValue)
            writer.write(values.type)
            writer.write(values.count)
            writer.write(array: values.bytes)
        }
    }

    static func deserialize(from reader: inout DatabaseFileReader) throws(SQLError) -> BlockPayload {
        let version = try reader.readByte()
        guard version == formatVersion else {
            throw DatabaseFileReader.damaged(reader.file, "a block is in format version \(version), this lab reads version \(formatVersion)")
        }
        switch Tag(rawValue: try reader.readTag(below: UInt8(Tag.allCases.count), "block encoding")) {
        case .raw, nil: return .raw(try reader.readVector())
        case .encoded:
            let name = try reader.readString()
            guard let encoding = ColumnEncoding(rawValue: name) else {
                throw DatabaseFileReader.damaged(reader.file, "a block names the unknown encoding \(name)")
            }
            let type = try reader.readType()
            let count = try reader.readCount()
            return .encoded(EncodedValues(encoding: encoding, type: type, count: count, bytes: try reader.readArray(of: UInt8.self)))
        }
    }
}
