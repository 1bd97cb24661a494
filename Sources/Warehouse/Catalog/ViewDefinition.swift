/// A view: its query as parsed, bound afresh each time the view is read, plus the column names
/// given in `CREATE VIEW v (a, b)`.
public struct ViewDefinition: Sendable, Hashable {
    public var schema: String
    public var name: String
    public var columnNames: [String]
    public var query: Query
    public var withNoSchemaBinding: Bool
}
