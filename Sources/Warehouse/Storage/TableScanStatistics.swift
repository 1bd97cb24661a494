/// One table scan of a statement and what it read and skipped: the numbers STL_SCAN and
/// SVL_QUERY_SUMMARY report, readable through `Database.lastStatementScans`.
public struct TableScanStatistics: Sendable, Hashable {
    public var schema: String
    public var table: String
    public var counters: ScanCounters

    public var blocksRead: Int { counters.blocksRead }
    public var blocksSkipped: Int { counters.blocksSkipped }
    /// Whether zone maps let the scan skip anything (STL_SCAN's `is_rrscan` in spirit).
    public var isRangeRestricted: Bool { counters.blocksSkipped > 0 }
}
