import Foundation

extension Database {
    /// psql's `\copy TABLE FROM 'file'`: loads the file's bytes into the table as one statement
    /// (all rows or, on any error, none). Fields go straight into typed column vectors: each
    /// column's text converts with the assignment rules an INSERT of a quoted literal follows
    /// (`invalid input syntax for integer: "x"`, `value too long for type character varying(5)`),
    /// without parsing SQL. Returns the number of rows loaded.
    public func copy(_ copy: ClientCopy, from data: Data) throws(SQLError) -> Int {
        try atomically {
            let binder = binder()
            let location = SourceLocation(byteOffset: 0, position: 0)
            let parts = copy.table.split(separator: ".").map { Identifier(value: $0.lowercased(), location: location) }
            var table = try binder.lookupTable(ObjectName(parts: parts))
            let definition = table.definition
            let targets = try targetColumns(copy.columns.map { Identifier(value: $0.lowercased(), location: location) }, definition)
            var identityNext = definition.identityNext
            let evaluator = ExpressionEvaluator(context: ExecutionContext(system: systemState))
            let names = targets.map { definition.columns[$0].name }
            var loaded = 0
            var batches: [Batch] = []
            try data.withUnsafeBytes { raw in
                try copy.forEachBatch(of: raw.bindMemory(to: UInt8.self), columns: names) { fields throws(SQLError) in
                    do {
                        let count = fields.first?.count ?? 0
                        let values = try zip(fields, targets).map { text, target in
                            try CastKernel.cast(ColumnVector(type: .varchar(length: DataType.maxVarcharLength), storage: .string(text)),
                                                to: definition.columns[target].type, explicit: false)
                        }
                        batches.append(try Batch(columns: completeColumns(definition, listed: values, at: targets, count: count,
                                                                                identityNext: &identityNext, binder: binder,
                                                                                evaluator: evaluator),
                                                       count: count))
                        loaded += count
                    } catch {
                        throw error as? SQLError ?? SQLError(SQLState.internalError, "\(error)")
                    }
                }
            }
            // One load, as COPY: written in sort key order into an empty table, each block encoded once.
            try table.storage.append(contentsOf: batches)
            table.definition.identityNext = identityNext
            catalog.updateTable(table)
            return loaded
        }
    }
}
