/// A relation the engine computes from its own state each time it is scanned: Redshift's
/// system tables and views (STL_, STV_, SVV_, PG_ ...). A new one is a type conforming to this
/// protocol, listed in `SystemRelations.all`; the binder resolves it by name (unqualified or in
/// `pg_catalog`) and the scan asks it for its rows, so nothing else changes.
public protocol SystemRelation: Sendable {
    /// The lower-case name queries use (`stl_load_errors`).
    var name: String { get }
    /// The schema the relation lives in: `pg_catalog` (found unqualified too) or
    /// `information_schema` (found only qualified, as PostgreSQL keeps it off the search path).
    var schema: String { get }
    var columns: [SystemColumn] { get }
    /// One vector per column, all of the same length, from the database's state at scan time.
    func rows(in state: SystemState) throws -> [ColumnVector]
}

public struct SystemColumn: Sendable {
    public var name: String
    public var type: DataType

    public init(_ name: String, _ type: DataType) {
        self.name = name
        self.type = type
    }
}

extension SystemRelation {
    public var schema: String { SystemRelations.schemaName }
}

/// What system relations read: the catalog of the statement, the session's history, and the
/// session settings that decide what a catalog view shows (PG_TABLE_DEF follows `search_path`).
public struct SystemState: Sendable {
    public var catalog: Catalog
    public var loads: LoadHistory
    /// The schemas unqualified names are looked up in, in order.
    public var searchPath: [String]
    /// The database's name as the catalog views print it (Redshift's default database is `dev`).
    public var database: String
    /// The user catalog views name as owner (the cluster's admin user).
    public var user: String

    public init(catalog: Catalog, loads: LoadHistory = LoadHistory(), searchPath: [String] = [Catalog.defaultSchema],
                database: String = "dev", user: String = "awsuser") {
        self.catalog = catalog
        self.loads = loads
        self.searchPath = searchPath
        self.database = database
        self.user = user
    }
}

/// Every system relation the engine provides, by name.
public enum SystemRelations {
    public static let all: [any SystemRelation] = [
        STLLoadErrors(), STLLoadCommits(), SVVTableInfo(), PGTableDef(), STVBlocklist(), SVVDiskUsage(), STVTblPerm(),
        STVSlices(), PGNamespace(), PGClass(), PGAttribute(), PGType(), PGTables(), PGViews(),
        InformationSchemaTables(), InformationSchemaColumns(),
    ]

    private static let byName: [String: any SystemRelation] = Dictionary(all.map { ("\($0.schema).\($0.name)", $0) },
                                                                          uniquingKeysWith: { first, _ in first })

    /// The system relation a name refers to: unqualified (then only `pg_catalog`'s), or
    /// qualified by its schema.
    public static func lookup(schema: String?, name: String) -> (any SystemRelation)? {
        byName["\(schema ?? schemaName).\(name)"]
    }

    /// The schema most system relations live in, as in PostgreSQL and Redshift.
    public static let schemaName = "pg_catalog"
    /// The SQL-standard catalog schema (`information_schema.tables`, `.columns`).
    public static let informationSchemaName = "information_schema"

    /// Builds a relation's vectors from rows of boxed values. System relations are small
    /// (a few rows per statement run), so they are produced row by row, never on a hot path.
    static func vectors(_ columns: [SystemColumn], _ rows: [[Datum]]) throws -> [ColumnVector] {
        try columns.indices.map { index in
            try ColumnVector(type: columns[index].type, datums: rows.map { $0[index] })
        }
    }

    /// A stable id for a table, standing in for its OID until the catalog keeps one: the same
    /// table always gets the same number in every system relation that shows it.
    public static func tableID(schema: String, name: String) -> Int32 {
        var hash: UInt32 = 2_166_136_261
        for byte in "\(schema).\(name)".utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return Int32(100_000 + hash % 900_000)
    }
}
