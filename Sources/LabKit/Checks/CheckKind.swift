/// What a check inspects. Kinds are declarative so authors compose them in YAML; new kinds arrive
/// with the capabilities they inspect (SQL results and table design with the engine).
public enum CheckKind: Sendable, Equatable {
    /// Runs a read-only AWS CLI command against the learner's world and asserts on its JSON output
    /// (or on the error it fails with).
    case aws(command: String, assertion: JSONAssertion)
    /// Compares the answer the learner handed in with `submit` to a literal, or to a value read
    /// from the world with an AWS CLI command.
    case submitted(expected: ExpectedAnswer)
    /// A table's design in the learner's database, as declared: columns and types, distribution,
    /// sort key, and at least so many rows.
    case table(TableExpectation)
    /// Runs a query on the learner's database and asserts on its first value (or its row count).
    case sql(query: String, test: JSONAssertion.Test)
    /// Runs the query the learner handed in (`submit` or `answers/<lab>/<step>.sql`) and compares
    /// its rows with the reference query's rows on the learner's own data.
    case query(reference: String, rules: AnswerRules)
}

/// How a handed-in query is compared with the reference, and what it must or must not be written with.
public struct AnswerRules: Sendable, Equatable {
    /// Rows must come in the reference's order (the step asks for an ORDER BY).
    public var ordered = false
    /// Numbers may differ by this much (rounding in averages and ratios).
    public var tolerance = 0.0
    /// Columns may come in any order.
    public var anyColumnOrder = false
    /// Constructs the query must use, from `SQLConstruct`.
    public var requires: [SQLConstruct] = []
    public var forbids: [SQLConstruct] = []

    public init() {}
}

/// Constructs a step can require or forbid, recognised in the query's canonical text.
public enum SQLConstruct: String, Sendable, CaseIterable {
    case windowFunction = "window function"
    case join
    case groupBy = "group by"
    case orderBy = "order by"
    case subquery
    case with
    case selectStar = "select *"

    /// Whether the canonical SQL (keywords in upper case, single spaces) uses the construct.
    func appears(in canonical: String) -> Bool {
        switch self {
        case .windowFunction: return canonical.contains(" OVER (")
        case .join: return canonical.contains(" JOIN ")
        case .groupBy: return canonical.contains(" GROUP BY ")
        case .orderBy: return canonical.contains(" ORDER BY ")
        case .subquery: return canonical.contains("(SELECT ")
        case .with: return canonical.hasPrefix("WITH ")
        case .selectStar: return canonical.contains("SELECT *") || canonical.contains(".*")
        }
    }
}

/// What a table must look like; nil members are not checked.
public struct TableExpectation: Sendable, Equatable {
    public var name: String
    /// Column names with their types as Redshift prints them (`bigint`, `numeric(12,2)`,
    /// `character varying(100)`), in order.
    public var columns: [(name: String, type: String)]?
    public var distStyle: String?
    public var distKey: String?
    public var sortKey: [String]?
    /// `compound` or `interleaved`; a sort key declared without a style is compound.
    public var sortKeyStyle: String?
    /// Column names with the ENCODE they must declare (`az64`, `bytedict`, ...).
    public var encodings: [(column: String, encoding: String)]?
    public var minimumRows: Int?

    public static func == (lhs: TableExpectation, rhs: TableExpectation) -> Bool {
        lhs.name == rhs.name && lhs.distStyle == rhs.distStyle && lhs.distKey == rhs.distKey
            && lhs.sortKey == rhs.sortKey && lhs.minimumRows == rhs.minimumRows && lhs.sortKeyStyle == rhs.sortKeyStyle
            && lhs.encodings?.map(\.column) == rhs.encodings?.map(\.column)
            && lhs.encodings?.map(\.encoding) == rhs.encodings?.map(\.encoding)
            && lhs.columns?.map(\.name) == rhs.columns?.map(\.name) && lhs.columns?.map(\.type) == rhs.columns?.map(\.type)
    }
}

/// Where a submitted answer's expected value comes from.
public enum ExpectedAnswer: Sendable, Equatable {
    case literal(String)
    case aws(command: String, path: JSONPath)
    /// A cluster's compute cost in dollars so far, recomputed from the world's bill when the check
    /// runs; the answer may differ by `tolerance` (the bill shows cents, and a running cluster keeps
    /// accruing between `submit` and `check`).
    case clusterCost(cluster: String, tolerance: Double)
    /// A value the learner read from their database (a plan's join label, the most skewed table),
    /// recomputed by running `query` when the check runs: every first-column value of its rows, or,
    /// with `match`, every piece of any cell that the regular expression matches (EXPLAIN prints
    /// its plan as lines of text, and the answer is one word of one line).
    case sql(query: String, match: String?)
}

/// An assertion about a command's outcome.
public struct JSONAssertion: Sendable, Equatable {
    public enum Test: Sendable, Equatable {
        /// Some value at the path equals this (strings exactly, numbers numerically, booleans).
        case equals(String)
        /// Some string at the path contains this text, or some array there holds it.
        case contains(String)
        /// The path yields at least this many values (or an array that long, or a number this large).
        case atLeast(Double)
        /// The path yields something (true) or nothing (false).
        case exists(Bool)
        /// The command fails with this AWS error code.
        case error(String)
    }

    public var path: JSONPath
    public var test: Test
}
