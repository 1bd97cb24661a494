/// What `MANIFEST` says: the commit's sequence number and the files that make it up, the
/// catalog file and one file per permanent table (by its generation). A file not named here
/// is the leftover of an interrupted commit or a superseded one.
struct Manifest: Equatable {
    static let fileName = "MANIFEST"
    static let magic = "redshift-lab database"
    static let formatVersion = 1

    var sequence: UInt64
    var catalogFile: String
    var tableFiles: [String]

    static let empty = Manifest(sequence: 0, catalogFile: "", tableFiles: [])

    var files: Set<String> { Set(tableFiles + (catalogFile.isEmpty ? [] : [catalogFile])) }

    static func catalogFileName(sequence: UInt64) -> String { "catalog-\(sequence).cat" }
    static func tableFileName(generation: UInt64) -> String { "table-\(generation).tbl" }

    func sealed() -> [UInt8] {
        var writer = DatabaseFileWriter()
        writer.write(Self.magic)
        writer.write(Self.formatVersion)
        writer.write(sequence)
        writer.write(catalogFile)
        writer.write(tableFiles.count)
        for file in tableFiles { writer.write(file) }
        return writer.sealed()
    }

    init(sequence: UInt64, catalogFile: String, tableFiles: [String]) {
        self.sequence = sequence
        self.catalogFile = catalogFile
        self.tableFiles = tableFiles
    }

    init(sealed bytes: [UInt8]) throws(SQLError) {
        var reader = try DatabaseFileReader(sealed: bytes, file: Self.fileName)
        guard try reader.readString() == Self.magic else { throw DatabaseFileReader.damaged(Self.fileName, "it is not a lab database manifest") }
        let version = try reader.readInt()
        guard version == Self.formatVersion else {
            throw DatabaseFileReader.damaged(Self.fileName, "it is in format version \(version), this lab reads version \(Self.formatVersion)")
        }
        sequence = try reader.readUInt64()
        catalogFile = try reader.readString()
        tableFiles = []
        for _ in 0..<(try reader.readCount()) { tableFiles.append(try reader.readString()) }
        // Names come from the file: never let one point outside the directory.
        for file in files where file.contains("/") || file.hasPrefix(".") {
            throw DatabaseFileReader.damaged(Self.fileName, "it names the file \"\(file)\"")
        }
    }
}
