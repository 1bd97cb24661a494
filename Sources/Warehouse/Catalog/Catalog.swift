/// Schemas, tables and views of one database. A value type: a transaction keeps the catalog it
/// started from and puts it back on ROLLBACK, and copying costs nothing until something changes.
public struct Catalog: Sendable {
    public static let defaultSchema = "public"

    public private(set) var schemas: [String: SchemaContents] = [Catalog.defaultSchema: SchemaContents()]

    /// The cluster shape and block size every table of this database is stored with.
    public let storageConfiguration: StorageConfiguration

    /// The last generation handed to a stored table; only ever grows, except when a rollback
    /// puts back a catalog whose newer generations were never committed.
    public private(set) var lastGeneration: UInt64 = 0

    public init(storageConfiguration: StorageConfiguration = .scratch) {
        self.storageConfiguration = storageConfiguration
    }

    /// A catalog as a database directory keeps it.
    init(storageConfiguration: StorageConfiguration, schemas: [String: SchemaContents], lastGeneration: UInt64) {
        self.storageConfiguration = storageConfiguration
        self.schemas = schemas
        self.lastGeneration = lastGeneration
    }

    /// `table` marked as a new version of itself.
    private mutating func newGeneration(of table: StoredTable) -> StoredTable {
        lastGeneration += 1
        var table = table
        table.generation = lastGeneration
        return table
    }

    /// A new, empty table stored the way this database stores tables.
    public func newTable(_ definition: TableDefinition) -> StoredTable {
        StoredTable(definition: definition, configuration: storageConfiguration)
    }

    /// What one schema holds; tables and views share one namespace.
    public struct SchemaContents: Sendable {
        public var tables: [String: StoredTable] = [:]
        public var views: [String: ViewDefinition] = [:]

        func holds(_ name: String) -> Bool { tables[name] != nil || views[name] != nil }
    }

    /// What a name resolves to.
    public enum Relation: Sendable {
        case table(StoredTable)
        case view(ViewDefinition)
    }

    // MARK: Schemas

    public mutating func createSchema(_ name: String, ifNotExists: Bool) throws -> Bool {
        if schemas[name] != nil {
            if ifNotExists { return false }
            throw CatalogErrors.schemaExists(name)
        }
        schemas[name] = SchemaContents()
        return true
    }

    public mutating func dropSchema(_ name: String, ifExists: Bool, cascade: Bool) throws -> Bool {
        guard let contents = schemas[name] else {
            if ifExists { return false }
            throw CatalogErrors.noSchema(name)
        }
        if !cascade && (!contents.tables.isEmpty || !contents.views.isEmpty) {
            throw CatalogErrors.dependents("schema \(name)")
        }
        schemas[name] = nil
        return true
    }

    // MARK: Relations

    /// Finds a relation by optional schema and name, searching `searchPath` when unqualified.
    public func lookup(schema: String?, name: String, searchPath: [String]) -> (schema: String, relation: Relation)? {
        for candidate in schema.map({ [$0] }) ?? searchPath {
            guard let contents = schemas[candidate] else { continue }
            if let table = contents.tables[name] { return (candidate, .table(table)) }
            if let view = contents.views[name] { return (candidate, .view(view)) }
        }
        return nil
    }

    public func table(schema: String, name: String) throws -> StoredTable {
        guard let table = schemas[schema]?.tables[name] else { throw CatalogErrors.noRelation(name) }
        return table
    }

    public func relationExists(schema: String, name: String) -> Bool { schemas[schema]?.holds(name) ?? false }

    public mutating func addTable(_ table: StoredTable) throws {
        let schema = table.definition.schema, name = table.definition.name
        guard schemas[schema] != nil else { throw CatalogErrors.noSchema(schema) }
        guard !relationExists(schema: schema, name: name) else { throw CatalogErrors.relationExists(name) }
        let stored = newGeneration(of: table)
        schemas[schema]?.tables[name] = stored
    }

    /// Replaces a table in place (new rows, new definition after ALTER).
    public mutating func updateTable(_ table: StoredTable) {
        let stored = newGeneration(of: table)
        schemas[table.definition.schema]?.tables[table.definition.name] = stored
    }

    public mutating func removeTable(schema: String, name: String) {
        schemas[schema]?.tables[name] = nil
    }

    /// Drops every temporary table (a session ends).
    public mutating func removeTemporaryTables() {
        for (schema, contents) in schemas {
            for (name, table) in contents.tables where table.definition.temporary {
                schemas[schema]?.tables[name] = nil
            }
        }
    }

    public mutating func addView(_ view: ViewDefinition, replace: Bool) throws {
        guard schemas[view.schema] != nil else { throw CatalogErrors.noSchema(view.schema) }
        if schemas[view.schema]?.tables[view.name] != nil { throw CatalogErrors.relationExists(view.name) }
        if !replace, schemas[view.schema]?.views[view.name] != nil { throw CatalogErrors.relationExists(view.name) }
        schemas[view.schema]?.views[view.name] = view
    }

    public mutating func removeView(schema: String, name: String) {
        schemas[schema]?.views[name] = nil
    }

    /// Views whose query names `name` (by its last part), for DROP's dependency check.
    public func viewsReferring(to name: String) -> [ViewDefinition] {
        schemas.values.flatMap(\.views.values).filter { QueryReferences.relationNames(in: $0.query).contains(name) }
    }
}
