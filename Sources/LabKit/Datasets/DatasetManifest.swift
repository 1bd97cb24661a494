import Foundation

/// `manifest.json` in a generated dataset: what each source holds and exactly which faults were
/// planted where, so lab checks and tests can rely on the numbers instead of re-deriving them.
public struct DatasetManifest: Codable, Equatable, Sendable {
    /// One file as written: its path in the dataset folder, size, and data records (header excluded).
    public struct File: Codable, Equatable, Sendable {
        public var path: String
        public var bytes: Int
        public var records: Int
    }

    /// Planted faults in the sales files; every count is of data lines.
    public struct SalesFaults: Codable, Equatable, Sendable {
        /// Extra copies of a sale already in the same file (the whole line repeated).
        public var duplicateRows = 0
        /// `sale_timestamp` values that are no date at all (`0000-00-00 00:00:00`, 30 February, month 13).
        public var malformedDates = 0
        /// One numeric field that is not a number (`N/A` quantity, `12.3.4` unit price, `$1234.50` total).
        public var badNumbers = 0
        /// `customer_id` values that no customer record has.
        public var orphanCustomerIds = 0
        /// Empty `customer_id` fields.
        public var nullCustomerIds = 0

        mutating func add(_ other: SalesFaults) {
            duplicateRows += other.duplicateRows
            malformedDates += other.malformedDates
            badNumbers += other.badNumbers
            orphanCustomerIds += other.orphanCustomerIds
            nullCustomerIds += other.nullCustomerIds
        }
    }

    public struct SalesFile: Codable, Equatable, Sendable {
        public var path: String
        public var sales: Int
        public var dataLines: Int
        public var faults: SalesFaults
    }

    public struct Sales: Codable, Equatable, Sendable {
        /// Distinct sales (sale_id values) over the monthly files.
        public var sales: Int
        /// Data lines over the monthly files: sales plus duplicate rows.
        public var dataLines: Int
        public var files: [SalesFile]
        /// Files under `sales/` that are not monthly sales files and match a prefix COPY all the same.
        public var strayFiles: [String]
        public var faults: SalesFaults
    }

    public struct CustomerFaults: Codable, Equatable, Sendable {
        /// `customer_name` in the wrong case or with stray spaces.
        public var messyNames = 0
        /// `contact.email` with capitals or surrounding spaces.
        public var messyEmails = 0
        /// `address.state` in lower or mixed case or with surrounding spaces.
        public var messyStates = 0
    }

    public struct Customers: Codable, Equatable, Sendable {
        public var customers: Int
        public var files: [String]
        public var faults: CustomerFaults
    }

    public struct Products: Codable, Equatable, Sendable {
        public var products: Int
        public var file: String
        public var table: String
        public var nullDescriptions: Int
    }

    public struct Events: Codable, Equatable, Sendable {
        public var events: Int
        public var firstHour: String
        public var lastHour: String
        /// The `dt=YYYY-MM-DD/hour=HH` folders, each holding at least one batch.
        public var partitions: [String]
        public var files: Int
        public var anonymousEvents: Int
    }

    public struct Geography: Codable, Equatable, Sendable {
        public var rows: Int
        public var file: String
    }

    public var generator = "lab datasets generate"
    public var formatVersion = 1
    public var scale: Double
    public var seed: UInt64
    public var sales: Sales
    public var customers: Customers
    public var products: Products
    public var events: Events
    public var geography: Geography
    /// Every file of the dataset except this manifest, sorted by path.
    public var files: [File]

    public static let fileName = "manifest.json"

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        var data = try encoder.encode(self)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    public static func read(from folder: URL) throws -> DatasetManifest {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Self.self, from: Data(contentsOf: folder.appendingPathComponent(fileName)))
    }
}
