extension Database {
    func createSchema(_ create: CreateSchema) throws -> StatementResult {
        let created = try Binder.at(create.name.location) {
            try catalog.createSchema(create.name.value, ifNotExists: create.ifNotExists)
        }
        let notices = created ? [] : [Notice("schema \"\(create.name.value)\" already exists, skipping")]
        return StatementResult(commandTag: "CREATE SCHEMA", notices: notices)
    }

    func createTable(_ create: CreateTable) throws -> StatementResult {
        let binder = binder()
        let schema = try binder.creationSchema(create.name)
        let name = create.name.name.value
        if catalog.relationExists(schema: schema, name: name) {
            guard create.ifNotExists else { throw Binder.located(CatalogErrors.relationExists(name), create.name.location) }
            return StatementResult(commandTag: "CREATE TABLE", notices: [Notice("relation \"\(name)\" already exists, skipping")])
        }
        var definition = TableDefinition(schema: schema, name: name, columns: [])
        definition.temporary = create.temporary || name.hasPrefix("#")
        definition.createdAt = SessionClock.current?.statementStart
        for element in create.elements {
            switch element {
            case .column(let column):
                definition.columns.append(try TableDDL.column(column, binder: binder))
            case .constraint(let constraint):
                definition.constraints.append(constraint.kind)
                if case .primaryKey(let columns) = constraint.kind {
                    for column in columns { try TableDDL.markNotNull(column, in: &definition) }
                }
            case .like(let parent, let includingDefaults):
                try TableDDL.copyLike(binder.lookupTable(parent).definition, includingDefaults: includingDefaults ?? false,
                                      into: &definition)
            }
        }
        try TableDDL.checkColumns(definition, at: create.name.location)
        try TableDDL.applyAttributes(create.attributes, to: &definition)
        try catalog.addTable(catalog.newTable(definition))
        return StatementResult(commandTag: "CREATE TABLE")
    }

    func createTableAs(_ create: CreateTableAs) throws -> StatementResult {
        let binder = binder()
        let schema = try binder.creationSchema(create.name)
        let name = create.name.name.value
        if catalog.relationExists(schema: schema, name: name) {
            guard create.ifNotExists else { throw Binder.located(CatalogErrors.relationExists(name), create.name.location) }
            return StatementResult(commandTag: "CREATE TABLE", notices: [Notice("relation \"\(name)\" already exists, skipping")])
        }
        let bound = try binder.bindQuery(create.query)
        let types = bound.plan.types
        var names = bound.names
        for (index, column) in create.columns.enumerated() where index < names.count { names[index] = column.value }
        var definition = TableDefinition(schema: schema, name: name,
                                         columns: zip(names, types).map { TableColumn(name: $0, type: $1) })
        definition.temporary = create.temporary || name.hasPrefix("#")
        definition.createdAt = SessionClock.current?.statementStart
        try TableDDL.checkColumns(definition, at: create.name.location)
        try TableDDL.applyAttributes(create.attributes, to: &definition)
        var table = catalog.newTable(definition)
        let relation = try run(bound.plan)
        // One load, so an empty table takes it sorted; CTAS tables are analyzed as Redshift does.
        try table.storage.append(contentsOf: relation.batches)
        table.statistics = try TableStatistics.gather(table.storage, columns: Array(definition.columns.indices),
                                                      names: definition.columns.map(\.name), previous: nil)
        try catalog.addTable(table)
        return StatementResult(commandTag: "SELECT \(relation.rowCount)")
    }

    func createView(_ create: CreateView) throws -> StatementResult {
        let binder = binder()
        let schema = try binder.creationSchema(create.name)
        let bound = try binder.bindQuery(create.query)
        guard create.columns.count <= bound.names.count else {
            throw SQLError(SQLState.syntaxError, "CREATE VIEW specifies more column names than columns",
                           position: create.name.location.position)
        }
        var names = bound.names
        for (index, column) in create.columns.enumerated() { names[index] = column.value }
        let view = ViewDefinition(schema: schema, name: create.name.name.value, columnNames: names, query: create.query,
                                  withNoSchemaBinding: create.withNoSchemaBinding)
        try Binder.at(create.name.location) { try catalog.addView(view, replace: create.orReplace) }
        return StatementResult(commandTag: "CREATE VIEW")
    }

    func runDrop(_ drop: Drop) throws -> StatementResult {
        let tag = "DROP \(drop.objectKind.rawValue)"
        var notices: [Notice] = []
        for name in drop.names {
            if drop.objectKind == .schema {
                if try !catalog.dropSchema(name.name.value, ifExists: drop.ifExists, cascade: drop.behavior == .cascade) {
                    notices.append(Notice("schema \"\(name.name.value)\" does not exist, skipping"))
                }
                continue
            }
            let kindWord = drop.objectKind == .table ? "table" : "view"
            let schema = name.parts.count > 1 ? name.parts[name.parts.count - 2].value : nil
            guard let found = catalog.lookup(schema: schema, name: name.name.value, searchPath: settings.searchPath) else {
                guard drop.ifExists else { throw Binder.located(CatalogErrors.noRelation(name.description), name.location) }
                notices.append(Notice("\(kindWord) \"\(name.name.value)\" does not exist, skipping"))
                continue
            }
            switch (found.relation, drop.objectKind) {
            case (.table, .table):
                try dropDependents(of: name.name.value, drop, kind: "table")
                catalog.removeTable(schema: found.schema, name: name.name.value)
            case (.view, .view):
                try dropDependents(of: name.name.value, drop, kind: "view")
                catalog.removeView(schema: found.schema, name: name.name.value)
            case (.view, _):
                throw Binder.located(CatalogErrors.notA("table", name.name.value, hint: "Use DROP VIEW to remove a view."), name.location)
            default:
                throw Binder.located(CatalogErrors.notA("view", name.name.value, hint: "Use DROP TABLE to remove a table."), name.location)
            }
        }
        return StatementResult(commandTag: tag, notices: notices)
    }

    /// Views reading `name` block a plain DROP and go with DROP ... CASCADE.
    private func dropDependents(of name: String, _ drop: Drop, kind: String) throws {
        let dependents = catalog.viewsReferring(to: name).filter { $0.name != name }
        guard !dependents.isEmpty else { return }
        guard drop.behavior == .cascade else {
            throw SQLError("2BP01", "cannot drop \(kind) \(name) because other objects depend on it",
                           hint: "Use DROP ... CASCADE to drop the dependent objects too.")
        }
        for view in dependents {
            try dropDependents(of: view.name, drop, kind: "view")
            catalog.removeView(schema: view.schema, name: view.name)
        }
    }

    func truncate(_ name: ObjectName) throws -> StatementResult {
        var table = try binder().lookupTable(name)
        try table.storage.replaceContents(with: [])
        catalog.updateTable(table)
        return StatementResult(commandTag: "TRUNCATE TABLE")
    }
}
