/// What this database's COPY statements left behind for STL_LOAD_ERRORS and STL_LOAD_COMMITS.
/// It is kept outside the catalog, so a failed COPY (whose table changes roll back) still
/// leaves its error rows, as Redshift's system log does; an owner that keeps the database
/// across processes saves and restores it (Codable) with `lastQueryID`.
public struct LoadHistory: Sendable, Codable, Equatable {
    public internal(set) var errors: [LoadErrorRecord] = []
    public internal(set) var commits: [LoadCommitRecord] = []

    public init() {}

    /// Keeps the history bounded, as Redshift keeps a few days of STL rows.
    static let limit = 100_000

    mutating func record(errors new: [LoadErrorRecord], commits newCommits: [LoadCommitRecord]) {
        errors.append(contentsOf: new)
        commits.append(contentsOf: newCommits)
        if errors.count > Self.limit { errors.removeFirst(errors.count - Self.limit) }
        if commits.count > Self.limit { commits.removeFirst(commits.count - Self.limit) }
    }
}

/// One rejected row: a row of STL_LOAD_ERRORS (reference 6.10).
public struct LoadErrorRecord: Sendable, Equatable, Codable {
    public var userID: Int32
    public var slice: Int32
    public var tableID: Int32
    /// Microseconds since 2000-01-01 UTC, when the COPY started.
    public var startTime: Int64
    public var session: Int32
    public var query: Int32
    public var filename: String
    public var lineNumber: Int64
    public var columnName: String
    public var type: String
    public var columnLength: String
    public var position: Int32
    public var rawLine: String
    public var rawFieldValue: String
    public var errorCode: Int32
    public var reason: String
}

/// One file committed by a COPY: a row of STL_LOAD_COMMITS (reference 6.11).
public struct LoadCommitRecord: Sendable, Equatable, Codable {
    public var userID: Int32
    public var query: Int32
    public var slice: Int32
    public var name: String
    public var filename: String
    public var byteOffset: Int32
    public var linesScanned: Int32
    public var errors: Int32
    public var currentTime: Int64
    public var status: Int32
    public var fileFormat: String
}
