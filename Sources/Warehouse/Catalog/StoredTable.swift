/// A table in the catalog: its declaration and its rows.
public struct StoredTable: Sendable {
    public var definition: TableDefinition
    public var storage: any TableStorage

    public init(definition: TableDefinition) {
        self.definition = definition
        storage = InMemoryTableStorage(columnCount: definition.columns.count)
    }
}
