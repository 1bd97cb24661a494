extension SQLPrinter {
    public static func statement(_ statement: Statement) -> String {
        switch statement.kind {
        case .query(let value): query(value)
        case .insert(let value): insert(value)
        case .update(let value): update(value)
        case .delete(let value): delete(value)
        case .merge(let value): merge(value)
        case .createSchema(let value):
            "CREATE SCHEMA " + (value.ifNotExists ? "IF NOT EXISTS " : "") + identifier(value.name)
                + (value.authorization.map { " AUTHORIZATION " + identifier($0) } ?? "")
        case .createTable(let value): createTable(value)
        case .createTableAs(let value): createTableAs(value)
        case .alterTable(let value):
            "ALTER TABLE " + objectName(value.name) + " " + value.actions.map(alterAction).joined(separator: ", ")
        case .truncate(let name): "TRUNCATE TABLE " + objectName(name)
        case .createView(let value):
            "CREATE " + (value.orReplace ? "OR REPLACE " : "") + "VIEW " + objectName(value.name)
                + columnList(value.columns) + " AS " + query(value.query)
                + (value.withNoSchemaBinding ? " WITH NO SCHEMA BINDING" : "")
        case .createMaterializedView(let value):
            "CREATE MATERIALIZED VIEW " + objectName(value.name) + tableAttributes(value.attributes)
                + (value.autoRefresh.map { " AUTO REFRESH " + ($0 ? "YES" : "NO") } ?? "") + " AS " + query(value.query)
        case .refreshMaterializedView(let name): "REFRESH MATERIALIZED VIEW " + objectName(name)
        case .drop(let value):
            "DROP " + value.objectKind.rawValue + (value.ifExists ? " IF EXISTS " : " ")
                + value.names.map(objectName).joined(separator: ", ") + (value.behavior.map { " " + $0.rawValue } ?? "")
        case .transaction(let command): command.rawValue
        case .set(let value):
            "SET " + (value.isLocal ? "LOCAL " : "") + value.name + " TO "
                + (value.values.map { $0.map(optionValue).joined(separator: ", ") } ?? "DEFAULT")
        case .reset(let name): "RESET " + name
        case .show(let name): "SHOW " + name
        case .explain(let value): "EXPLAIN " + (value.verbose ? "VERBOSE " : "") + self.statement(value.statement)
        case .vacuum(let value): vacuum(value)
        case .analyze(let value): analyze(value)
        case .analyzeCompression(let value):
            "ANALYZE COMPRESSION" + (value.table.map { " " + objectName($0) + columnList(value.columns) } ?? "")
                + (value.compRows.map { " COMPROWS \($0)" } ?? "")
        case .copy(let value):
            "COPY " + objectName(value.table) + columnList(value.columns) + " FROM " + stringLiteral(value.source)
                + loadOptions(value.options)
        case .unload(let value):
            "UNLOAD (" + stringLiteral(value.query) + ") TO " + stringLiteral(value.destination)
                + loadOptions(value.options)
        case .grant(let value):
            "GRANT " + privileges(value.privileges) + " ON " + privilegeTarget(value.target) + " TO "
                + grantees(value.grantees) + (value.withGrantOption ? " WITH GRANT OPTION" : "")
        case .revoke(let value):
            "REVOKE " + (value.grantOptionFor ? "GRANT OPTION FOR " : "") + privileges(value.privileges) + " ON "
                + privilegeTarget(value.target) + " FROM " + grantees(value.grantees)
                + (value.behavior.map { " " + $0.rawValue } ?? "")
        }
    }

    /// ` (a, b)`, or nothing for an empty list.
    private static func columnList(_ columns: [Identifier]) -> String {
        columns.isEmpty ? "" : " (" + identifierList(columns) + ")"
    }

    // MARK: - DML

    private static func insert(_ insert: Insert) -> String {
        var text = "INSERT INTO " + objectName(insert.table) + columnList(insert.columns)
        switch insert.source {
        case .values(let rows): text += " VALUES " + rows.map { "(" + list($0) + ")" }.joined(separator: ", ")
        case .defaultValues: text += " DEFAULT VALUES"
        case .query(let value): text += " " + query(value)
        }
        return text
    }

    private static func assignments(_ assignments: [Assignment]) -> String {
        assignments.map { identifier($0.column) + " = " + expression($0.value) }.joined(separator: ", ")
    }

    private static func update(_ update: Update) -> String {
        var text = "UPDATE " + objectName(update.table) + (update.alias.map { " AS " + identifier($0) } ?? "")
        text += " SET " + assignments(update.assignments)
        if !update.from.isEmpty { text += " FROM " + update.from.map(tableReference).joined(separator: ", ") }
        if let condition = update.whereClause { text += " WHERE " + expression(condition) }
        return text
    }

    private static func delete(_ delete: Delete) -> String {
        var text = "DELETE FROM " + objectName(delete.table) + (delete.alias.map { " AS " + identifier($0) } ?? "")
        if !delete.using.isEmpty { text += " USING " + delete.using.map(tableReference).joined(separator: ", ") }
        if let condition = delete.whereClause { text += " WHERE " + expression(condition) }
        return text
    }

    private static func merge(_ merge: Merge) -> String {
        var text = "MERGE INTO " + objectName(merge.target) + (merge.targetAlias.map { " AS " + identifier($0) } ?? "")
        text += " USING " + tableReference(merge.source) + " ON " + expression(merge.condition)
        if merge.removeDuplicates { text += " REMOVE DUPLICATES" }
        for clause in merge.clauses {
            switch clause.kind {
            case .matchedUpdate(let values): text += " WHEN MATCHED THEN UPDATE SET " + assignments(values)
            case .matchedDelete: text += " WHEN MATCHED THEN DELETE"
            case .notMatchedInsert(let columns, let values):
                text += " WHEN NOT MATCHED THEN INSERT" + columnList(columns) + " VALUES (" + list(values) + ")"
            }
        }
        return text
    }

    // MARK: - DDL

    private static func createTable(_ table: CreateTable) -> String {
        "CREATE " + (table.temporary ? "TEMP " : "") + "TABLE " + (table.ifNotExists ? "IF NOT EXISTS " : "")
            + objectName(table.name) + " (" + table.elements.map(tableElement).joined(separator: ", ") + ")"
            + tableAttributes(table.attributes)
    }

    private static func createTableAs(_ table: CreateTableAs) -> String {
        "CREATE " + (table.temporary ? "TEMP " : "") + "TABLE " + (table.ifNotExists ? "IF NOT EXISTS " : "")
            + objectName(table.name) + columnList(table.columns) + tableAttributes(table.attributes) + " AS "
            + query(table.query)
    }

    private static func tableElement(_ element: TableElement) -> String {
        switch element {
        case .column(let column): columnDefinition(column)
        case .constraint(let constraint): tableConstraint(constraint)
        case .like(let parent, let including):
            "LIKE " + objectName(parent) + (including.map { $0 ? " INCLUDING DEFAULTS" : " EXCLUDING DEFAULTS" } ?? "")
        }
    }

    private static func columnDefinition(_ column: ColumnDefinition) -> String {
        ([identifier(column.name), typeName(column.type)] + column.attributes.map(columnAttribute)).joined(separator: " ")
    }

    private static func columnAttribute(_ attribute: ColumnAttribute) -> String {
        switch attribute.kind {
        case .defaultValue(let value): "DEFAULT " + operand(value)
        case .identity(let seed, let step, let byDefault):
            (byDefault ? "GENERATED BY DEFAULT AS IDENTITY(" : "IDENTITY(") + "\(seed), \(step))"
        case .encode(let encoding): "ENCODE " + quoteIfNeeded(encoding)
        case .distkey: "DISTKEY"
        case .sortkey: "SORTKEY"
        case .notNull: "NOT NULL"
        case .null: "NULL"
        case .primaryKey: "PRIMARY KEY"
        case .unique: "UNIQUE"
        case .references(let table, let columns): "REFERENCES " + objectName(table) + columnList(columns)
        case .collate(let collation): "COLLATE " + quoteIfNeeded(collation)
        }
    }

    private static func tableConstraint(_ constraint: TableConstraint) -> String {
        let prefix = constraint.name.map { "CONSTRAINT " + identifier($0) + " " } ?? ""
        switch constraint.kind {
        case .primaryKey(let columns): return prefix + "PRIMARY KEY (" + identifierList(columns) + ")"
        case .unique(let columns): return prefix + "UNIQUE (" + identifierList(columns) + ")"
        case .foreignKey(let columns, let table, let referenced):
            return prefix + "FOREIGN KEY (" + identifierList(columns) + ") REFERENCES " + objectName(table)
                + columnList(referenced)
        }
    }

    /// ` BACKUP NO DISTSTYLE KEY ...`, or nothing.
    private static func tableAttributes(_ attributes: [TableAttribute]) -> String {
        attributes.map { " " + tableAttribute($0) }.joined()
    }

    private static func tableAttribute(_ attribute: TableAttribute) -> String {
        switch attribute.kind {
        case .backup(let enabled): "BACKUP " + (enabled ? "YES" : "NO")
        case .distStyle(let style): "DISTSTYLE " + style.rawValue
        case .distKey(let column): "DISTKEY (" + identifier(column) + ")"
        case .sortKey(let key): sortKey(key)
        case .encodeAuto: "ENCODE AUTO"
        }
    }

    private static func sortKey(_ key: SortKey) -> String {
        switch key {
        case .columns(let style, let columns):
            (style.map { $0.rawValue + " " } ?? "") + "SORTKEY (" + identifierList(columns) + ")"
        case .auto: "SORTKEY AUTO"
        case .none: "SORTKEY NONE"
        }
    }

    private static func alterAction(_ action: AlterTableAction) -> String {
        switch action.kind {
        case .addColumn(let column): "ADD COLUMN " + columnDefinition(column)
        case .dropColumn(let column, let behavior):
            "DROP COLUMN " + identifier(column) + (behavior.map { " " + $0.rawValue } ?? "")
        case .addConstraint(let constraint): "ADD " + tableConstraint(constraint)
        case .dropConstraint(let name, let behavior):
            "DROP CONSTRAINT " + identifier(name) + (behavior.map { " " + $0.rawValue } ?? "")
        case .renameColumn(let column, let newName): "RENAME COLUMN " + identifier(column) + " TO " + identifier(newName)
        case .renameTo(let newName): "RENAME TO " + identifier(newName)
        case .ownerTo(let owner): "OWNER TO " + identifier(owner)
        case .alterDistStyle(let style, let key):
            "ALTER DISTSTYLE " + style.rawValue + (key.map { " DISTKEY " + identifier($0) } ?? "")
        case .alterDistKey(let column): "ALTER DISTKEY " + identifier(column)
        case .alterSortKey(let key): "ALTER " + sortKey(key)
        case .alterEncodeAuto: "ALTER ENCODE AUTO"
        case .alterColumnEncode(let column, let encoding):
            "ALTER COLUMN " + identifier(column) + " ENCODE " + quoteIfNeeded(encoding)
        case .alterColumnType(let column, let type): "ALTER COLUMN " + identifier(column) + " TYPE " + typeName(type)
        case .appendFrom(let source, let option):
            "APPEND FROM " + objectName(source) + (option.map { " " + $0.uppercased() } ?? "")
        }
    }

    // MARK: - Maintenance, loading, privileges

    private static func vacuum(_ vacuum: Vacuum) -> String {
        var text = "VACUUM"
        if let mode = vacuum.mode { text += " " + mode.rawValue }
        if let table = vacuum.table { text += " " + objectName(table) }
        if let percent = vacuum.toPercent { text += " TO \(percent) PERCENT" }
        if vacuum.boost { text += " BOOST" }
        return text
    }

    private static func analyze(_ analyze: Analyze) -> String {
        var text = "ANALYZE"
        if analyze.verbose { text += " VERBOSE" }
        if let table = analyze.table { text += " " + objectName(table) + columnList(analyze.columns) }
        if let predicate = analyze.predicateColumns { text += predicate ? " PREDICATE COLUMNS" : " ALL COLUMNS" }
        return text
    }

    private static func loadOptions(_ options: [LoadOption]) -> String {
        options.map { option in
            if option.name == "PARTITION BY" {
                let columns = option.arguments.map { argument -> String in
                    if case .word(let column) = argument { return quoteIfNeeded(column) }
                    return optionValue(argument)
                }
                return " PARTITION BY (" + columns.joined(separator: ", ") + ")"
            }
            let keyword = option.name == "NULL" || option.name == "FORMAT" ? option.name + " AS" : option.name
            let arguments = option.arguments.map { argument -> String in
                if case .word(let word) = argument { return word.uppercased() }
                return optionValue(argument)
            }
            return " " + ([keyword] + arguments).joined(separator: " ")
        }.joined()
    }

    private static func privileges(_ privileges: [String]) -> String {
        privileges.map { $0.uppercased() }.joined(separator: ", ")
    }

    private static func privilegeTarget(_ target: PrivilegeTarget) -> String {
        switch target {
        case .tables(let names): "TABLE " + names.map(objectName).joined(separator: ", ")
        case .allTablesInSchema(let schemas): "ALL TABLES IN SCHEMA " + identifierList(schemas)
        case .schemas(let schemas): "SCHEMA " + identifierList(schemas)
        case .databases(let databases): "DATABASE " + identifierList(databases)
        }
    }

    private static func grantees(_ grantees: [Grantee]) -> String {
        grantees.map { grantee in
            switch grantee {
            case .user(let name): identifier(name)
            case .group(let name): "GROUP " + identifier(name)
            case .publicGroup: "PUBLIC"
            }
        }.joined(separator: ", ")
    }
}
