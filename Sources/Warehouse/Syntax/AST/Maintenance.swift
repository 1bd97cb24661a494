/// `VACUUM [mode] [table] [TO n PERCENT] [BOOST]`.
public struct Vacuum: Sendable, Hashable {
    public var mode: VacuumMode?
    public var table: ObjectName?
    public var toPercent: Int?
    public var boost: Bool
}

public enum VacuumMode: String, Sendable, Hashable {
    case full = "FULL", sortOnly = "SORT ONLY", deleteOnly = "DELETE ONLY", reindex = "REINDEX", recluster = "RECLUSTER"
}

/// `ANALYZE [VERBOSE] [table [(columns)]] [PREDICATE COLUMNS | ALL COLUMNS]`.
public struct Analyze: Sendable, Hashable {
    public var verbose: Bool
    public var table: ObjectName?
    public var columns: [Identifier]
    /// `true` for PREDICATE COLUMNS, `false` for ALL COLUMNS, `nil` when unsaid.
    public var predicateColumns: Bool?
}

/// `ANALYZE COMPRESSION [table [(columns)]] [COMPROWS n]`.
public struct AnalyzeCompression: Sendable, Hashable {
    public var table: ObjectName?
    public var columns: [Identifier]
    public var compRows: Int?
}
