import Foundation

/// Everything a commit makes durable: the catalog (without temporary tables) and the load
/// history behind STL_LOAD_ERRORS and STL_LOAD_COMMITS with the query id it reached.
struct CommittedState {
    var catalog: Catalog
    var loadHistory: LoadHistory
    var lastQueryID: Int32

    /// The catalog file: the generation counter, the load history, then per schema its tables
    /// (definition, statistics, generation naming the rows' file) and views.
    func catalogFile() throws(SQLError) -> [UInt8] {
        var writer = DatabaseFileWriter()
        writer.write(catalog.lastGeneration)
        writer.write(Int64(lastQueryID))
        do {
            writer.write(array: [UInt8](try JSONEncoder().encode(loadHistory)))
        } catch {
            throw SQLError(SQLState.internalError, "could not save the load history: \(error)")
        }
        writer.write(catalog.schemas.count)
        for (name, contents) in catalog.schemas.sorted(by: { $0.key < $1.key }) {
            writer.write(name)
            let tables = contents.tables.values.filter { !$0.definition.temporary }.sorted { $0.definition.name < $1.definition.name }
            writer.write(tables.count)
            for table in tables {
                writer.write(table.definition)
                writer.write(table.statistics)
                writer.write(table.generation)
            }
            writer.write(contents.views.count)
            for (_, view) in contents.views.sorted(by: { $0.key < $1.key }) { writer.write(view) }
        }
        return writer.sealed()
    }

    /// The permanent tables a commit keeps, each with the file its rows go to.
    var permanentTables: [(file: String, table: StoredTable)] {
        catalog.schemas.values.flatMap(\.tables.values).filter { !$0.definition.temporary }
            .map { (Manifest.tableFileName(generation: $0.generation), $0) }
    }

    static func tableFile(_ table: StoredTable, locate: (StorageBlock) throws(SQLError) -> BlockLocation) throws(SQLError) -> [UInt8] {
        var writer = DatabaseFileWriter()
        try table.storage.serialize(into: &writer, locate: locate)
        return writer.sealed()
    }

    /// Reads a catalog file; each table's rows come from `storage`, given the table's file name
    /// (which may reuse a table already in memory at the same generation).
    static func read(catalogFile bytes: [UInt8], named file: String, configuration: StorageConfiguration,
                     storage: (String) throws(SQLError) -> TableStorage) throws(SQLError) -> CommittedState {
        var reader = try DatabaseFileReader(sealed: bytes, file: file)
        let lastGeneration = try reader.readUInt64()
        guard let lastQueryID = Int32(exactly: try reader.readInt64()) else { throw DatabaseFileReader.damaged(file, "a query id is out of range") }
        let history: LoadHistory
        do {
            history = try JSONDecoder().decode(LoadHistory.self, from: Data(try reader.readArray(of: UInt8.self)))
        } catch let error as SQLError {
            throw error
        } catch {
            throw DatabaseFileReader.damaged(file, "its load history does not parse")
        }
        var schemas: [String: Catalog.SchemaContents] = [:]
        for _ in 0..<(try reader.readCount()) {
            let name = try reader.readString()
            var contents = Catalog.SchemaContents()
            for _ in 0..<(try reader.readCount()) {
                let definition = try reader.readTableDefinition()
                var table = StoredTable(definition: definition, configuration: configuration)
                table.statistics = try reader.readStatistics()
                table.generation = try reader.readUInt64()
                table.storage = try storage(Manifest.tableFileName(generation: table.generation))
                guard table.storage.layout.types == definition.columns.map(\.type) else {
                    throw DatabaseFileReader.damaged(Manifest.tableFileName(generation: table.generation), "its columns do not match table \(definition.name)")
                }
                contents.tables[definition.name] = table
            }
            for _ in 0..<(try reader.readCount()) {
                let view = try reader.readView()
                contents.views[view.name] = view
            }
            schemas[name] = contents
        }
        guard reader.isAtEnd else { throw DatabaseFileReader.damaged(file, "it holds more than its catalog") }
        return CommittedState(catalog: Catalog(storageConfiguration: configuration, schemas: schemas, lastGeneration: lastGeneration),
                              loadHistory: history, lastQueryID: lastQueryID)
    }
}
