extension Database {
    /// A table as the session sees it through search_path: its declaration and how many rows it
    /// holds. Graders and tools read designs here rather than parsing DDL text.
    public func table(named name: String) -> (definition: TableDefinition, rowCount: Int)? {
        guard case .table(let table)? = catalog.lookup(schema: nil, name: name.lowercased(),
                                                      searchPath: settings.searchPath)?.relation else { return nil }
        return (table.definition, table.storage.rowCount)
    }
}
