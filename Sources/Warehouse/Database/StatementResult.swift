/// What one statement produced: for a query its columns and rows (as batches), and for every
/// statement the command tag PostgreSQL reports (`SELECT 3`, `INSERT 0 5`, `CREATE TABLE`) and
/// any notices raised along the way.
public struct StatementResult: Sendable {
    public struct Column: Sendable, Equatable {
        public var name: String
        public var type: DataType
    }

    /// Columns of the rows returned; empty for statements that return none.
    public var columns: [Column]
    public var batches: [Batch]
    /// Whether the statement returns rows (a query, SHOW), even zero of them.
    public var returnsRows: Bool
    public var commandTag: String
    public var notices: [Notice]
    /// Whether the statement changed the catalog or table contents (what a statement log keeps);
    /// false for queries, SHOW/SET and transaction control.
    public var changesDatabase = false

    public init(columns: [Column] = [], batches: [Batch] = [], returnsRows: Bool = false, commandTag: String,
                notices: [Notice] = []) {
        self.columns = columns
        self.batches = batches
        self.returnsRows = returnsRows
        self.commandTag = commandTag
        self.notices = notices
    }

    public var rowCount: Int { batches.reduce(0) { $0 + $1.activeCount } }

    /// Every row boxed, for printing and tests.
    public var rows: [[Datum]] {
        batches.flatMap { batch -> [[Datum]] in
            let rows = batch.compacted()
            return (0..<rows.count).map { row in rows.columns.map { $0.datum(at: row) } }
        }
    }
}

/// A message that is not an error: `NOTICE:  relation "t" does not exist, skipping`.
public struct Notice: Sendable, Equatable {
    public var severity: String
    public var message: String

    public init(severity: String = "NOTICE", _ message: String) {
        self.severity = severity
        self.message = message
    }
}
