import Foundation

/// A database kept in a directory: `MANIFEST` names the files of the last commit (a catalog
/// file, one file per permanent table and the block packs holding their blocks' payloads),
/// each file ends with its CRC-32, and `LOCK` is the write lock. A commit writes the new
/// files and syncs them, then replaces the manifest by rename, so a crash at any moment
/// leaves the last commit whole; files no manifest names are leftovers of an interrupted
/// commit and are deleted when the lock is next taken.
/// See docs/storage-format.md.
public final class DatabaseDirectory {
    public let url: URL
    let configuration: StorageConfiguration
    let lock: DatabaseLock
    /// The commit this process last read or wrote.
    private(set) var manifest = Manifest.empty
    /// The catalog file of that commit: a commit that would write the same bytes writes nothing.
    private var committedCatalogFile: [UInt8] = []
    /// Where the payload of each block of that commit's tables lies, for the blocks in packs:
    /// a commit writes only the payloads missing here.
    private var locations: [UInt64: BlockLocation] = [:]
    static let lockFileName = "LOCK"
    static let temporaryManifestName = "MANIFEST.tmp"

    init(url: URL, configuration: StorageConfiguration, lockWaitSeconds: Double = DatabaseLock.defaultWaitSeconds) throws(SQLError) {
        self.url = url
        self.configuration = configuration
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw SQLError(SQLState.ioError, "could not create database directory \"\(url.path)\": \(error.localizedDescription)")
        }
        lock = DatabaseLock(url: url.appendingPathComponent(Self.lockFileName), waitSeconds: lockWaitSeconds)
    }

    private func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// The manifest on disk now (empty for a new database).
    func currentManifest() throws(SQLError) -> Manifest {
        guard let bytes = try DurableFile.read(file(Manifest.fileName)) else { return .empty }
        return try Manifest(sealed: bytes)
    }

    /// The last commit when it is not the one this process holds, reading only the tables
    /// whose generation `inMemory` lacks; nil when nothing changed. Call with the lock held.
    func loadIfChanged(inMemory: Catalog) throws(SQLError) -> CommittedState? {
        let latest = try currentManifest()
        guard latest != manifest else { return nil }
        guard !latest.catalogFile.isEmpty else {
            manifest = latest
            return nil
        }
        guard let catalogBytes = try DurableFile.read(file(latest.catalogFile)) else { throw missing(latest.catalogFile) }
        let known = Dictionary(inMemory.schemas.values.flatMap(\.tables.values).map { ($0.generation, $0.storage) },
                               uniquingKeysWith: { first, _ in first })
        let named = Set(latest.tableFiles)
        let packReader = BlockPackReader(directory: url, named: Set(latest.packFiles))
        let state = try CommittedState.read(catalogFile: catalogBytes, named: latest.catalogFile, configuration: configuration) { name throws(SQLError) in
            guard named.contains(name) else { throw DatabaseFileReader.damaged(latest.catalogFile, "it names \(name), which the manifest does not") }
            if let generation = UInt64(name.dropFirst("table-".count).dropLast(".tbl".count)), let storage = known[generation] {
                return storage
            }
            guard let bytes = try DurableFile.read(self.file(name)) else { throw self.missing(name) }
            var reader = try DatabaseFileReader(sealed: bytes, file: name)
            let storage = try TableStorage.deserialize(from: &reader, configuration: self.configuration, packs: packReader)
            guard reader.isAtEnd else { throw DatabaseFileReader.damaged(name, "it holds more than one table") }
            return storage
        }
        manifest = latest
        committedCatalogFile = catalogBytes
        locations = Self.locations(of: state.permanentTables.map(\.table), among: locations.merging(packReader.locations) { $1 })
        return state
    }

    private static func allLocated(_ table: StoredTable, _ locations: [UInt64: BlockLocation]) -> Bool {
        table.storage.slices.allSatisfy { slice in slice.columns.allSatisfy { chain in chain.allSatisfy { locations[$0.id] != nil } } }
    }

    /// The locations of the blocks of `tables`, from `known`: what a later commit needs.
    private static func locations(of tables: [StoredTable], among known: [UInt64: BlockLocation]) -> [UInt64: BlockLocation] {
        var kept: [UInt64: BlockLocation] = [:]
        for table in tables {
            for slice in table.storage.slices {
                for chain in slice.columns {
                    for block in chain { if let location = known[block.id] { kept[block.id] = location } }
                }
            }
        }
        return kept
    }

    private func missing(_ name: String) -> SQLError { DurableFile.missing(file(name)) }

    /// Deletes every file the current manifest does not name (an interrupted commit's, or one
    /// a later commit superseded). Call with the lock held.
    func removeLeftovers() throws(SQLError) {
        let keep = manifest.files.union([Manifest.fileName, Self.lockFileName])
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        } catch {
            throw SQLError(SQLState.ioError, "could not list database directory \"\(url.path)\": \(error.localizedDescription)")
        }
        for name in names where !keep.contains(name) && Self.isDatabaseFile(name) {
            try? FileManager.default.removeItem(at: file(name))
        }
    }

    /// The files this format writes; anything else in the directory is not ours to delete.
    static func isDatabaseFile(_ name: String) -> Bool {
        name == temporaryManifestName || (name.hasPrefix("catalog-") && name.hasSuffix(".cat"))
            || (name.hasPrefix("table-") && name.hasSuffix(".tbl")) || (name.hasPrefix("pack-") && name.hasSuffix(".dat"))
    }

    /// Makes `state` the last commit, unless it is the commit already made. The payloads of
    /// blocks no earlier commit wrote go to this commit's pack, written before the table files
    /// that refer to them; the locations are kept only once the manifest names them. Call with
    /// the lock held.
    func commit(_ state: CommittedState) throws(SQLError) {
        let catalogBytes = try state.catalogFile()
        guard catalogBytes != committedCatalogFile else { return }
        let existing = manifest.files
        let sequence = manifest.sequence + 1
        var pack = BlockPackWriter(sequence: sequence)
        var written = locations
        var tableFiles: [(name: String, bytes: [UInt8])] = []
        for (name, table) in state.permanentTables where !existing.contains(name) {
            tableFiles.append((name, try CommittedState.tableFile(table) { block throws(SQLError) in
                if let location = written[block.id] { return location }
                let location = pack.add(try block.payload())
                written[block.id] = location
                return location
            }))
        }
        let kept = Self.locations(of: state.permanentTables.map(\.table), among: written)
        var packFiles = Set(kept.values.map { Manifest.packFileName(sequence: $0.pack) })
        // A table file kept as it is whose blocks are not all located here (one written before
        // block packs holds its payloads in place) keeps every pack: a pack is never dropped
        // unless no kept file can refer to it.
        let unlocated = state.permanentTables.contains { existing.contains($0.file) && !Self.allLocated($0.table, kept) }
        if unlocated { packFiles.formUnion(manifest.packFiles) }
        if !pack.isEmpty { try DurableFile.write(pack.sealed(), to: file(Manifest.packFileName(sequence: sequence))) }
        for (name, bytes) in tableFiles { try DurableFile.write(bytes, to: file(name)) }
        let next = Manifest(sequence: sequence, catalogFile: Manifest.catalogFileName(sequence: sequence),
                            tableFiles: state.permanentTables.map(\.file).sorted(), packFiles: packFiles.sorted())
        try DurableFile.write(catalogBytes, to: file(next.catalogFile))
        try DurableFile.syncDirectory(url)
        try DurableFile.write(next.sealed(), to: file(Self.temporaryManifestName))
        try DurableFile.rename(file(Self.temporaryManifestName), to: file(Manifest.fileName))
        try DurableFile.syncDirectory(url)
        manifest = next
        committedCatalogFile = catalogBytes
        locations = kept
        try removeLeftovers()
    }

    /// Copies the last commit of the database in `source` to `destination` (replacing what
    /// is there): the files its manifest names, then the manifest. Holding the source's lock
    /// keeps a commit from changing the files mid-copy, so the copy is one whole commit.
    public static func copyLastCommit(from source: URL, to destination: URL) throws(SQLError) {
        let directory = try DatabaseDirectory(url: source, configuration: .scratch)
        try directory.lock.acquire()
        defer { directory.lock.release() }
        let manifest = try directory.currentManifest()
        do {
            if FileManager.default.fileExists(atPath: destination.path) { try FileManager.default.removeItem(at: destination) }
            try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
            for name in manifest.files.sorted() + (manifest == .empty ? [] : [Manifest.fileName]) {
                try FileManager.default.copyItem(at: directory.file(name), to: destination.appendingPathComponent(name))
            }
        } catch {
            throw SQLError(SQLState.ioError, "could not copy database \"\(source.path)\": \(error.localizedDescription)")
        }
    }
}
