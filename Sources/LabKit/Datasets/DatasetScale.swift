import Foundation

/// How big a generated dataset is, and the sizes and fault counts that follow from it. Every count
/// is a fixed formula of the scale (integer arithmetic, rounded down), so `datasets/README.md` can
/// state them and lab checks can rely on them; the seed only decides *where* faults fall.
public struct DatasetScale: Sendable, Equatable {
    public static let minimum = 0.01
    public static let maximum = 1000.0
    static let maximumText = "1000"

    public let value: Double

    /// Parses `--scale`: a plain decimal number from 0.01 to 1000.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              trimmed.filter({ $0 == "." }).count <= 1, let value = Double(trimmed),
              value >= Self.minimum, value <= Self.maximum else {
            throw DatasetError.invalidScale(text)
        }
        self.value = value
    }

    private func scaled(_ perUnit: Double) -> Int { Int((value * perUnit).rounded()) }

    /// Unique sales (the fact table's rows): 100,000 per unit of scale.
    public var sales: Int { scaled(100_000) }
    public var customers: Int { max(20, scaled(5_000)) }
    public var products: Int { max(20, scaled(1_000)) }
    public var events: Int { scaled(20_000) }
    /// Rows in the stray `sales_2024_backup.csv.old` export.
    public var backupRows: Int { max(10, sales / 100) }

    // Planted faults, per 10,000 records.
    public var duplicateSales: Int { sales * 50 / 10_000 }
    public var malformedDates: Int { sales * 10 / 10_000 }
    public var badNumbers: Int { sales * 15 / 10_000 }
    public var orphanCustomerIds: Int { sales * 20 / 10_000 }
    public var nullCustomerIds: Int { sales * 10 / 10_000 }
    public var messyNames: Int { customers * 300 / 10_000 }
    public var messyEmails: Int { customers * 200 / 10_000 }
    public var messyStates: Int { customers * 200 / 10_000 }
}
