/// Printing of whole statements; table DDL is in `SQLPrinter+DDL.swift`.
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
        case .alterMaterializedViewAutoRefresh(let name, let enabled):
            "ALTER MATERIALIZED VIEW " + objectName(name) + " AUTO REFRESH " + (enabled ? "YES" : "NO")
        case .drop(let value):
            "DROP " + value.objectKind.rawValue + (value.ifExists ? " IF EXISTS " : " ")
                + value.names.map(objectName).joined(separator: ", ") + (value.behavior.map { " " + $0.rawValue } ?? "")
        case .transaction(let command): command.rawValue
        case .set(let value):
            "SET " + (value.isLocal ? "LOCAL " : "") + settingName(value.name) + " TO "
                + (value.values.map { $0.map(optionValue).joined(separator: ", ") } ?? "DEFAULT")
        case .reset(let name): "RESET " + settingName(name)
        case .show(let name): "SHOW " + settingName(name)
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

    /// A configuration parameter name: parts that would not read back as themselves (upper case,
    /// or SET's own `LOCAL`, `SESSION`, `TIME`) are quoted.
    private static func settingName(_ name: String) -> String {
        let ownWords: Set<String> = ["local", "session", "time"]
        return name.split(separator: ".", omittingEmptySubsequences: false).map { part in
            let word = String(part)
            return isPlainWord(word) && !ownWords.contains(word) ? word : "\"" + word.replacing("\"", with: "\"\"") + "\""
        }.joined(separator: ".")
    }

    /// ` (a, b)`, or nothing for an empty list.
    static func columnList(_ columns: [Identifier]) -> String {
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
