@testable import Warehouse

/// Helpers for the system view tests: a storage fixture (4 slices, 1 KB blocks) and
/// one-column and one-row reads of a query's result.
extension StorageFixture {
    func rows(_ sql: String) throws -> [[Datum]] { try database.execute(sql).last?.rows ?? [] }

    func value(_ sql: String) throws -> Datum { try rows(sql).first?.first ?? .null }

    /// A numeric result as a Double (NULL and non-numbers as nil).
    func number(_ sql: String) throws -> Double? {
        switch try value(sql) {
        case .decimal(let value): Double(value.description)
        case .bigint(let value): Double(value)
        case .integer(let value): Double(value)
        case .smallint(let value): Double(value)
        case .double(let value): value
        case .real(let value): Double(value)
        default: nil
        }
    }

    func text(_ sql: String) throws -> String? {
        if case .string(let text) = try value(sql) { return text }
        return nil
    }
}
