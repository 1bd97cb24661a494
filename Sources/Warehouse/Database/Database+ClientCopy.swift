import Foundation

extension Database {
    /// psql's `\copy TABLE FROM 'file'`: loads the file into the table as one statement (all
    /// rows or, on any error, none). Fields go straight into typed column vectors (see
    /// `ClientCopyLoader`): each column's text converts with the assignment rules an INSERT of a
    /// quoted literal follows (`invalid input syntax for integer: "x"`, `value too long for
    /// type character varying(5)`), without parsing SQL. Returns the number of rows loaded.
    public func copy(_ copy: ClientCopy, from source: ClientCopySource) throws(SQLError) -> Int {
        try atomically {
            let binder = binder()
            let location = SourceLocation(byteOffset: 0, position: 0)
            let parts = copy.table.split(separator: ".").map { Identifier(value: $0.lowercased(), location: location) }
            var table = try binder.lookupTable(ObjectName(parts: parts))
            let definition = table.definition
            let targets = try targetColumns(copy.columns.map { Identifier(value: $0.lowercased(), location: location) }, definition)
            let (values, count) = try ClientCopyLoader(copy, targets: targets.map { definition.columns[$0] }).load(source)
            guard count > 0 else { return 0 }
            var identityNext = definition.identityNext
            let evaluator = ExpressionEvaluator(context: ExecutionContext(system: systemState))
            let columns = try completeColumns(definition, listed: values, at: targets, count: count,
                                              identityNext: &identityNext, binder: binder, evaluator: evaluator)
            // One load, as COPY: written in sort key order into an empty table, each block encoded once.
            try table.storage.append(contentsOf: [Batch(columns: columns, count: count)])
            table.definition.identityNext = identityNext
            catalog.updateTable(table)
            return count
        }
    }

    /// `copy(_:from:)` of bytes already in memory.
    public func copy(_ copy: ClientCopy, from data: Data) throws(SQLError) -> Int {
        try self.copy(copy, from: .bytes(data))
    }
}
