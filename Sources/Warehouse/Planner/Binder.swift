/// Turns parsed statements into typed plans: resolves names against the catalog and the
/// search path, applies Redshift's implicit casts, resolves functions through the function
/// catalog, and checks GROUP BY validity. Errors carry the position of the offending text.
final class Binder {
    let catalog: Catalog
    /// The state system relations are computed from, for subqueries run while binding.
    let system: SystemState
    let searchPath: [String]
    let functions: FunctionCatalog
    /// Common table expressions visible at this point, innermost last.
    var commonTables: [(name: String, query: BoundQuery)] = []
    /// The rows of the queries enclosing the subquery being bound, innermost last.
    var outerScopes: [Scope] = []
    private var nextSubqueryID = 0

    init(system: SystemState, searchPath: [String], functions: FunctionCatalog = .builtin) {
        self.catalog = system.catalog
        self.system = system
        self.searchPath = searchPath
        self.functions = functions
    }

    func newSubqueryID() -> Int {
        nextSubqueryID += 1
        return nextSubqueryID
    }

    /// The schema new objects go to: the given one, else the first search-path schema that exists.
    func creationSchema(_ name: ObjectName) throws -> String {
        if name.parts.count > 1 {
            let schema = name.parts[name.parts.count - 2].value
            guard catalog.schemas[schema] != nil else { throw Self.located(CatalogErrors.noSchema(schema), name.location) }
            return schema
        }
        guard let schema = searchPath.first(where: { catalog.schemas[$0] != nil }) else {
            throw SQLError("3F000", "no schema has been selected to create in", position: name.location.position)
        }
        return schema
    }

    /// The table `name` refers to, or `relation "x" does not exist` at its position.
    func lookupTable(_ name: ObjectName) throws -> StoredTable {
        let schema = name.parts.count > 1 ? name.parts[name.parts.count - 2].value : nil
        guard let found = catalog.lookup(schema: schema, name: name.name.value, searchPath: searchPath) else {
            throw Self.located(CatalogErrors.noRelation(name.description), name.location)
        }
        guard case .table(let table) = found.relation else {
            throw Self.located(CatalogErrors.notA("table", name.name.value, hint: "Use DROP VIEW to remove a view."), name.location)
        }
        return table
    }

    static func located(_ error: SQLError, _ location: SourceLocation) -> SQLError {
        var located = error
        if located.position == nil { located.position = location.position }
        return located
    }

    /// Runs `body`, giving any error without a position the position of `location`.
    static func at<T>(_ location: SourceLocation, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SQLError {
            throw located(error, location)
        }
    }

    /// Resolves a written type name.
    static func resolveType(_ name: TypeName) throws -> DataType {
        try at(name.location) {
            var numbers: [Int] = []
            var isMax = false
            for modifier in name.modifiers {
                switch modifier {
                case .number(let value): numbers.append(value)
                case .max: isMax = true
                }
            }
            return try DataType.resolve(name: name.name, modifiers: numbers, lengthIsMax: isMax)
        }
    }
}

/// A bound query: its plan and its output column names.
struct BoundQuery: Sendable {
    var plan: LogicalPlan
    var names: [String]
}
