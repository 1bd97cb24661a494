/// Which conversions exist between two types and whether the binder may insert them silently.
public enum CastKind: Sendable, Equatable {
    /// Applied without being written: in comparisons, arithmetic, function arguments and INSERT.
    case implicit
    /// Only through CAST, `::` or CONVERT.
    case explicit
}

extension DataType {
    /// The kind of cast from `self` to `target`, or nil when Redshift has none
    /// (`cannot cast type numeric to boolean`). Implicit conversions follow Redshift's
    /// "Implicit conversion types" table, which is wider than PostgreSQL's: numeric types convert
    /// to one another and to strings, integers to BOOLEAN, and datetimes along their family.
    public func castKind(to target: DataType) -> CastKind? {
        if physicalFamily == target.physicalFamily { return .implicit }
        switch (self, target) {
        case (_, _) where isNumeric && target.isNumeric: return .implicit
        case (_, _) where isNumeric && target.isString: return .implicit
        case (.smallint, .boolean), (.integer, .boolean), (.bigint, .boolean): return .implicit
        case (.char, .varchar), (.varchar, .char): return .implicit
        case (_, _) where isDateTime && target.isString: return .implicit
        case (.date, .timestamp), (.date, .timestamptz), (.timestamp, .date), (.timestamp, .timestamptz),
             (.timestamp, .time), (.timestamptz, .date), (.timestamptz, .timestamp), (.timestamptz, .timetz),
             (.time, .timetz), (.timetz, .time):
            return .implicit
        case (.boolean, .smallint), (.boolean, .integer), (.boolean, .bigint), (.boolean, .char), (.boolean, .varchar):
            return .explicit
        case (_, _) where isString:
            return .explicit
        default:
            return nil
        }
    }

    /// Groups types that only differ by modifiers, so a length or precision change is implicit.
    private var physicalFamily: String {
        switch self {
        case .decimal: "decimal"
        case .char: "char"
        case .varchar: "varchar"
        default: sqlName
        }
    }

    /// Throws `cannot cast type X to Y` unless a cast exists.
    public func checkCast(to target: DataType) throws {
        guard castKind(to: target) != nil else { throw TypeErrors.cannotCast(self, target) }
    }
}
