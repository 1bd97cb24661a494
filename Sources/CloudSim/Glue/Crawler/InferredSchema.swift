/// What a classifier makes of one object, and of the objects a table groups: the format, the
/// columns and how many records they held.
struct InferredSchema: Equatable {
    enum Format: Equatable {
        case csv(delimiter: Unicode.Scalar, header: Bool)
        case json

        var classification: String {
            switch self {
            case .csv: "csv"
            case .json: "json"
            }
        }
    }

    var format: Format
    var columns: [GlueType.Field]
    var recordCount: Int
    var size: Int
    var objectCount = 1
    var quoted = false

    /// Whether two objects belong in one table. Both must have the same format; CSV files the same
    /// delimiter, header choice and column count (and header names); JSON records must share at
    /// least half of all their field names, so `{a,b}` and `{a,b,c}` are one table (a new column)
    /// while `{a,b}` and `{c,d}` are two.
    func isCompatible(with other: InferredSchema) -> Bool {
        guard format == other.format else { return false }
        switch format {
        case .csv(_, let header):
            return columns.count == other.columns.count && (!header || columns.map(\.name) == other.columns.map(\.name))
        case .json:
            let mine = Set(columns.map(\.name)), theirs = Set(other.columns.map(\.name))
            let union = mine.union(theirs)
            return union.isEmpty || Double(mine.intersection(theirs).count) / Double(union.count) >= 0.5
        }
    }

    /// The schema of a table holding both: CSV columns by position, JSON fields by name, types unified.
    func merged(with other: InferredSchema) -> InferredSchema {
        var merged = self
        switch format {
        case .csv:
            merged.columns = zip(columns, other.columns).map { GlueType.Field(name: $0.name, type: GlueType.unify($0.type, $1.type)) }
        case .json:
            merged.columns = GlueType.merge(columns, other.columns)
        }
        merged.recordCount += other.recordCount
        merged.size += other.size
        merged.objectCount += other.objectCount
        merged.quoted = quoted || other.quoted
        return merged
    }
}
