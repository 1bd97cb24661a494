/// What `MANIFEST` says: the commit's sequence number and the files that make it up, the
/// catalog file, one file per permanent table (by its generation) and the block packs their
/// blocks lie in (by the commit that wrote each). A file not named here is the leftover of an
/// interrupted commit or a superseded one. Version 1 manifests, from before block packs,
/// name no packs and still read.
struct Manifest: Equatable {
    static let fileName = "MANIFEST"
    static let magic = "redshift-lab database"
    static let formatVersion = 2

    var sequence: UInt64
    var catalogFile: String
    var tableFiles: [String]
    var packFiles: [String]

    static let empty = Manifest(sequence: 0, catalogFile: "", tableFiles: [], packFiles: [])

    var files: Set<String> { Set(tableFiles + packFiles + (catalogFile.isEmpty ? [] : [catalogFile])) }

    static func catalogFileName(sequence: UInt64) -> String { "catalog-\(sequence).cat" }
    static func tableFileName(generation: UInt64) -> String { "table-\(generation).tbl" }
    static func packFileName(sequence: UInt64) -> String { "pack-\(sequence).dat" }

    func sealed() -> [UInt8] {
        var writer = DatabaseFileWriter()
        writer.write(Self.magic)
        writer.write(Self.formatVersion)
        writer.write(sequence)
        writer.write(catalogFile)
        writer.write(tableFiles.count)
        for file in tableFiles { writer.write(file) }
        writer.write(packFiles.count)
        for file in packFiles { writer.write(file) }
        return writer.sealed()
    }

    init(sequence: UInt64, catalogFile: String, tableFiles: [String], packFiles: [String]) {
        self.sequence = sequence
        self.catalogFile = catalogFile
        self.tableFiles = tableFiles
        self.packFiles = packFiles
    }

    init(sealed bytes: [UInt8]) throws(SQLError) {
        var reader = try DatabaseFileReader(sealed: bytes, file: Self.fileName)
        guard try reader.readString() == Self.magic else { throw DatabaseFileReader.damaged(Self.fileName, "it is not a lab database manifest") }
        let version = try reader.readInt()
        guard version == 1 || version == Self.formatVersion else {
            throw DatabaseFileReader.damaged(Self.fileName, "it is in format version \(version), this lab reads versions 1 to \(Self.formatVersion)")
        }
        sequence = try reader.readUInt64()
        catalogFile = try reader.readString()
        tableFiles = []
        for _ in 0..<(try reader.readCount()) { tableFiles.append(try reader.readString()) }
        packFiles = []
        if version > 1 {
            for _ in 0..<(try reader.readCount()) { packFiles.append(try reader.readString()) }
        }
        // Names come from the file: never let one point outside the directory.
        for file in files where file.contains("/") || file.hasPrefix(".") {
            throw DatabaseFileReader.damaged(Self.fileName, "it names the file \"\(file)\"")
        }
    }
}
