/// Where a table's rows live. The engine only appends, scans and replaces whole contents, so a
/// later storage (slices, blocks, zone maps, files) can take this one's place behind the same
/// three operations. Implementations are values: copying one is how a transaction keeps the
/// contents it may roll back to.
public protocol TableStorage: Sendable {
    /// The number of rows stored.
    var rowCount: Int { get }
    /// Adds rows; the batch's columns are the table's columns in order, already of their types.
    mutating func append(_ batch: Batch) throws
    /// The stored rows as batches holding only the columns `projection` names, in that order.
    func scan(projection: [Int]) -> [Batch]
    /// Replaces every row with the rows of `batches` (UPDATE, DELETE, TRUNCATE, ALTER TABLE).
    mutating func replaceContents(with batches: [Batch]) throws
}
