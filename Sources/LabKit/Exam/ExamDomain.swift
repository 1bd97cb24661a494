/// The four content domains of the AWS Certified Data Engineer – Associate exam (DEA-C01) with
/// their weights and task statements, as the exam guide lists them.
public enum ExamDomain: Int, CaseIterable, Codable, Sendable, Comparable {
    case ingestion = 1, storeManagement, operations, security

    public var title: String {
        switch self {
        case .ingestion: return "Data Ingestion and Transformation"
        case .storeManagement: return "Data Store Management"
        case .operations: return "Data Operations and Support"
        case .security: return "Data Security and Governance"
        }
    }

    /// Share of the scored content, in percent.
    public var weight: Int {
        switch self {
        case .ingestion: return 34
        case .storeManagement: return 26
        case .operations: return 22
        case .security: return 18
        }
    }

    /// The prefix every item id of the domain carries, so an id says its domain at a glance.
    public var idPrefix: String {
        switch self {
        case .ingestion: return "ing-"
        case .storeManagement: return "sto-"
        case .operations: return "ops-"
        case .security: return "sec-"
        }
    }

    public var tasks: [String: String] {
        switch self {
        case .ingestion:
            return ["1.1": "Perform data ingestion", "1.2": "Transform and process data",
                    "1.3": "Orchestrate data pipelines", "1.4": "Apply programming concepts"]
        case .storeManagement:
            return ["2.1": "Choose a data store", "2.2": "Understand data cataloging systems",
                    "2.3": "Manage the lifecycle of data", "2.4": "Design data models and schema evolution"]
        case .operations:
            return ["3.1": "Automate data processing by using AWS services", "3.2": "Analyze data by using AWS services",
                    "3.3": "Maintain and monitor data pipelines", "3.4": "Ensure data quality"]
        case .security:
            return ["4.1": "Apply authentication mechanisms", "4.2": "Apply authorization mechanisms",
                    "4.3": "Ensure data encryption and masking", "4.4": "Prepare logs for audit",
                    "4.5": "Understand data privacy and governance"]
        }
    }

    /// The domain an item id names by its prefix (`sec-012` → security), so stored answers can be
    /// grouped by domain even when the bank is not at hand (an instructor merging hand-ins).
    public init?(itemID: String) {
        guard let domain = Self.allCases.first(where: { itemID.hasPrefix($0.idPrefix) }) else { return nil }
        self = domain
    }

    public static func < (lhs: ExamDomain, rhs: ExamDomain) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Accepts `1`..`4` or a word of the title (`security`, `ingestion`), case-insensitively.
    public init?(argument: String) {
        if let number = Int(argument), let domain = ExamDomain(rawValue: number) {
            self = domain
            return
        }
        let word = argument.lowercased()
        guard word.count >= 3,
              let domain = Self.allCases.first(where: { $0.title.lowercased().split(separator: " ").contains { $0.hasPrefix(word) } })
        else { return nil }
        self = domain
    }
}
