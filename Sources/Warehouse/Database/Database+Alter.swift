extension Database {
    func alterTable(_ alter: AlterTable) throws -> StatementResult {
        let binder = binder()
        var table = try binder.lookupTable(alter.name)
        for action in alter.actions {
            try Binder.at(action.location) { try apply(action.kind, to: &table, binder: binder) }
        }
        // A new distribution or sort key moves the rows: redistributed, and sorted afresh.
        let layout = TableLayout(table.definition)
        if layout != table.storage.layout { try table.storage.reorganize(for: layout) }
        catalog.updateTable(table)
        return StatementResult(commandTag: "ALTER TABLE")
    }

    private func apply(_ action: AlterTableAction.Kind, to table: inout StoredTable, binder: Binder) throws {
        let name = table.definition.name
        func index(_ column: Identifier) throws -> Int {
            guard let index = table.definition.columnIndex(column.value) else {
                throw SQLError(SQLState.undefinedColumn, "column \"\(column.value)\" of relation \"\(name)\" does not exist",
                               position: column.location.position)
            }
            return index
        }
        switch action {
        case .addColumn(let written):
            let column = try TableDDL.column(written, binder: binder)
            guard table.definition.columnIndex(column.name) == nil else { throw CatalogErrors.columnExists(column.name, name) }
            let fill = try column.defaultValue.map { try binder.coerce(binder.bind($0, ExpressionContext(scope: Scope())), to: column.type) }
                ?? .constant(.null, column.type)
            if column.notNull, table.storage.rowCount > 0, Binder.isUntyped(fill) {
                throw SQLError("23502", "ALTER TABLE ADD COLUMN defined as NOT NULL must have a non-null default expression")
            }
            let evaluator = ExpressionEvaluator(context: ExecutionContext(catalog: catalog))
            let rows = try table.storage.scan(projection: Array(table.definition.columns.indices))
            let widened = try rows.map { batch in
                try Batch(columns: batch.columns + [CastKernel.cast(evaluator.evaluate(fill, batch), to: column.type, explicit: false)],
                          count: batch.count)
            }
            table.definition.columns.append(column)
            try rebuild(&table, widened)
        case .dropColumn(let column, _):
            let position = try index(column)
            guard table.definition.columns.count > 1 else {
                throw SQLError(SQLState.featureNotSupported, "cannot drop the last column of table \"\(name)\"")
            }
            let keep = table.definition.columns.indices.filter { $0 != position }
            let rows = try table.storage.scan(projection: keep)
            table.definition.columns.remove(at: position)
            if table.definition.distKey == column.value { table.definition.distKey = nil }
            table.definition.sortKey.removeAll { $0 == column.value }
            try rebuild(&table, rows)
        case .renameColumn(let column, let newName):
            let position = try index(column)
            guard table.definition.columnIndex(newName.value) == nil else { throw CatalogErrors.columnExists(newName.value, name) }
            table.definition.columns[position].name = newName.value
            if table.definition.distKey == column.value { table.definition.distKey = newName.value }
            table.definition.sortKey = table.definition.sortKey.map { $0 == column.value ? newName.value : $0 }
        case .renameTo(let newName):
            guard !catalog.relationExists(schema: table.definition.schema, name: newName.value) else {
                throw CatalogErrors.relationExists(newName.value)
            }
            catalog.removeTable(schema: table.definition.schema, name: name)
            table.definition.name = newName.value
        case .ownerTo:
            break
        case .addConstraint(let constraint):
            table.definition.constraints.append(constraint.kind)
        case .dropConstraint:
            break
        case .alterDistStyle(let style, let distKey):
            table.definition.distStyle = style
            table.definition.distKey = try distKey.map { table.definition.columns[try index($0)].name }
        case .alterDistKey(let column):
            table.definition.distKey = table.definition.columns[try index(column)].name
            table.definition.distStyle = .key
        case .alterSortKey(.columns(let style, let columns)):
            table.definition.sortKey = try columns.map { table.definition.columns[try index($0)].name }
            table.definition.sortKeyStyle = style
            table.definition.sortKeyAuto = false
        case .alterSortKey(.auto):
            table.definition.sortKey = []
            table.definition.sortKeyAuto = true
        case .alterSortKey(.none):
            table.definition.sortKey = []
            table.definition.sortKeyAuto = false
        case .alterEncodeAuto:
            table.definition.encodeAuto = true
        case .alterColumnEncode(let column, let encoding):
            let position = try index(column)
            table.definition.columns[position].encoding = try TableDDL.checkedEncoding(encoding, column: column.value,
                                                                                     type: table.definition.columns[position].type)
        case .alterColumnType(let column, let typeName):
            let position = try index(column)
            let type = try Binder.resolveType(typeName)
            guard case .varchar = type, case .varchar = table.definition.columns[position].type else {
                throw SQLError(SQLState.featureNotSupported, "ALTER COLUMN TYPE is only supported for VARCHAR columns")
            }
            let rows = try table.storage.scan(projection: Array(table.definition.columns.indices)).map { batch in
                var columns = batch.columns
                columns[position] = try CastKernel.cast(columns[position], to: type, explicit: false)
                return try Batch(columns: columns, count: batch.count)
            }
            table.definition.columns[position].type = type
            try rebuild(&table, rows)
        case .appendFrom:
            throw Self.notYet("ALTER TABLE APPEND")
        }
    }

    /// New storage for a table whose columns changed, filled with `rows`.
    private func rebuild(_ table: inout StoredTable, _ rows: [Batch]) throws {
        var rebuilt = catalog.newTable(table.definition)
        try rebuilt.storage.append(contentsOf: rows)
        table = rebuilt
    }
}
