/// Turns CREATE TABLE's column definitions and table attributes into a `TableDefinition`,
/// checking them as Redshift does.
enum TableDDL {
    static func column(_ written: ColumnDefinition, binder: Binder) throws -> TableColumn {
        let type = try Binder.resolveType(written.type)
        var column = TableColumn(name: written.name.value, type: type)
        for attribute in written.attributes {
            switch attribute.kind {
            case .defaultValue(let expression):
                let bound = try binder.bind(expression, ExpressionContext(scope: Scope(), aggregatesForbiddenIn: "DEFAULT expressions"))
                _ = try Binder.at(expression.location) { try binder.coerce(bound, to: type) }
                column.defaultValue = expression
            case .identity(let seed, let step, let generatedByDefault):
                guard type == .integer || type == .bigint else {
                    throw SQLError(SQLState.invalidParameterValue, "Identity column must be of type INT or BIGINT",
                                   position: attribute.location.position)
                }
                column.identity = IdentitySpec(seed: seed, step: step, generatedByDefault: generatedByDefault)
                column.notNull = true
            case .encode(let encoding):
                column.encoding = try Binder.at(attribute.location) { try checkedEncoding(encoding, column: column.name, type: type) }
            case .distkey: column.distKey = true
            case .sortkey: column.sortKey = true
            case .notNull: column.notNull = true
            case .null: column.notNull = column.identity != nil
            case .primaryKey:
                column.primaryKey = true
                column.notNull = true
            case .unique: column.unique = true
            case .references(let table, let columns):
                column.references = table.description + (columns.isEmpty ? "" : "(\(columns.map(\.value).joined(separator: ", ")))")
            case .collate(let collation): column.collate = collation
            }
        }
        return column
    }

    /// An ENCODE name, lower case, or Redshift's error for one it does not have or that the
    /// column's type does not take.
    static func checkedEncoding(_ encoding: String, column: String, type: DataType) throws -> String {
        try ColumnEncoding.checked(encoding, column: column, type: type).rawValue
    }

    static func markNotNull(_ name: Identifier, in definition: inout TableDefinition) throws {
        guard let index = definition.columnIndex(name.value) else {
            throw SQLError(SQLState.undefinedColumn, "column \"\(name.value)\" named in key does not exist",
                           position: name.location.position)
        }
        definition.columns[index].notNull = true
    }

    /// `LIKE parent`: columns, NOT NULL, encodings, distribution, sort key and BACKUP; defaults
    /// only with INCLUDING DEFAULTS; never constraints.
    static func copyLike(_ parent: TableDefinition, includingDefaults: Bool, into definition: inout TableDefinition) {
        for var column in parent.columns {
            if !includingDefaults { column.defaultValue = nil }
            column.identity = nil
            column.primaryKey = false
            column.unique = false
            column.references = nil
            definition.columns.append(column)
        }
        definition.distStyle = parent.distStyle
        definition.distKey = parent.distKey
        definition.sortKey = parent.sortKey
        definition.sortKeyStyle = parent.sortKeyStyle
        definition.backup = parent.backup
    }

    /// Names must be unique and there must be at least one column.
    static func checkColumns(_ definition: TableDefinition, at location: SourceLocation) throws {
        var seen = Set<String>()
        for column in definition.columns where !seen.insert(column.name).inserted {
            throw SQLError(SQLState.duplicateColumn, "column \"\(column.name)\" specified more than once", position: location.position)
        }
        if definition.columns.filter(\.distKey).count > 1 {
            throw SQLError(SQLState.invalidParameterValue, "multiple DISTKEY columns are not supported", position: location.position)
        }
    }

    /// Table attributes, plus the column-level DISTKEY/SORTKEY already on the columns.
    static func applyAttributes(_ attributes: [TableAttribute], to definition: inout TableDefinition) throws {
        if let column = definition.columns.first(where: \.distKey) { definition.distKey = column.name }
        let columnSortKeys = definition.columns.filter(\.sortKey).map(\.name)
        if !columnSortKeys.isEmpty { definition.sortKey = columnSortKeys }
        for attribute in attributes {
            let position = attribute.location.position
            switch attribute.kind {
            case .backup(let backup): definition.backup = backup
            case .distStyle(let style): definition.distStyle = style
            case .distKey(let column):
                try requireColumn(column, definition, "DISTKEY")
                if let existing = definition.distKey, existing != column.value {
                    throw SQLError(SQLState.invalidParameterValue, "multiple DISTKEY columns are not supported", position: position)
                }
                definition.distKey = column.value
            case .sortKey(.columns(let style, let columns)):
                for column in columns { try requireColumn(column, definition, "SORTKEY") }
                definition.sortKey = columns.map(\.value)
                definition.sortKeyStyle = style
            case .sortKey(.auto): definition.sortKeyAuto = true
            case .sortKey(.none): definition.sortKey = []
            case .encodeAuto: definition.encodeAuto = true
            }
        }
        if definition.distKey != nil, let style = definition.distStyle, style != .key {
            throw SQLError(SQLState.invalidParameterValue, "DISTSTYLE \(style.rawValue) cannot be used with a DISTKEY")
        }
        if definition.distStyle == .key, definition.distKey == nil {
            throw SQLError(SQLState.invalidParameterValue, "DISTSTYLE KEY requires a DISTKEY column")
        }
    }

    private static func requireColumn(_ column: Identifier, _ definition: TableDefinition, _ clause: String) throws {
        guard definition.columnIndex(column.value) != nil else {
            throw SQLError(SQLState.undefinedColumn, "column \"\(column.value)\" named in \(clause) does not exist",
                           position: column.location.position)
        }
    }
}
