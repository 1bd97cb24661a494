/// Where an output column comes from: a stored table's column, whose statistics (or a sample
/// of its values) tell the planner its distinct values and NULL fraction.
struct ColumnOrigin {
    let table: StoredTable
    let column: Int

    /// ANALYZE's distinct count when the column was analyzed, else an estimate from a sample.
    var distinctCount: Double {
        if let analyzed = statistics { return Double(max(analyzed.distinctCount, 1)) }
        return max(DistinctEstimate.of(table.storage, column: column), 1)
    }

    var nullFraction: Double? { statistics?.nullFraction }

    /// What ANALYZE found about the column; nil before it ran.
    var statistics: ColumnStatistics? {
        table.statistics?.columns[table.definition.columns[column].name]
    }
}

/// The fraction of rows a predicate keeps, with PostgreSQL's default selectivities where the
/// statistics say nothing: `col = constant` keeps 1/distinct values of the column (0.005
/// without an origin); `<>` the rest; LIKE and other tests a third; IS NULL the
/// column's NULL fraction (0.005 without statistics); `col < constant` and the other ranges the
/// share of the analyzed [min, max] interval of a numeric or date column they cover (a third
/// without statistics). AND multiplies, OR adds the two less
/// their overlap, NOT takes the complement.
struct RowEstimates {
    let origins: [ColumnOrigin?]

    static let defaultEquality = 0.005
    static let defaultOther = 1.0 / 3

    func selectivity(_ predicate: BoundExpression) -> Double {
        switch predicate {
        case .and(let operands):
            return operands.reduce(1) { $0 * selectivity($1) }
        case .or(let operands):
            return operands.reduce(0) { total, operand in
                let s = selectivity(operand)
                return total + s - total * s
            }
        case .not(let operand):
            return 1 - selectivity(operand)
        case .comparison(.equal, let left, let right):
            return equality(left, right)
        case .comparison(.notEqual, let left, let right):
            return 1 - equality(left, right)
        case .comparison(let op, let left, let right):
            return range(op, left, right) ?? Self.defaultOther
        case .isNull(let operand, let negated):
            let nulls = origin(operand)?.nullFraction ?? Self.defaultEquality
            return negated ? 1 - nulls : nulls
        case .constant(.boolean(let truth), _):
            return truth ? 1 : 0
        default:
            return Self.defaultOther
        }
    }

    /// Distinct values of `expression` when it is a stored column (through casts).
    func distinctCount(_ expression: BoundExpression) -> Double? {
        origin(expression)?.distinctCount
    }

    private func equality(_ left: BoundExpression, _ right: BoundExpression) -> Double {
        let known = [distinctCount(left), distinctCount(right)].compactMap { $0 }
        guard let most = known.max() else { return Self.defaultEquality }
        return 1 / most
    }

    /// The share of a column's analyzed range that `column op constant` (either way round) keeps.
    private func range(_ op: ComparisonOperation, _ left: BoundExpression, _ right: BoundExpression) -> Double? {
        let (columnSide, constantSide, op) = origin(left) != nil ? (left, right, op) : (right, left, op.flipped)
        guard let statistics = origin(columnSide)?.statistics, case .constant(let value, _) = constantSide,
              let low = Self.number(statistics.minimum), let high = Self.number(statistics.maximum),
              let bound = Self.number(value), high > low else { return nil }
        let below = min(max((bound - low) / (high - low), 0), 1)
        switch op {
        case .less, .lessOrEqual: return below
        case .greater, .greaterOrEqual: return 1 - below
        case .equal, .notEqual: return nil
        }
    }

    /// A numeric or date value on a line, to interpolate where a bound falls in a range.
    private static func number(_ value: Datum) -> Double? {
        switch value {
        case .smallint(let v): Double(v)
        case .integer(let v): Double(v)
        case .bigint(let v): Double(v)
        case .decimal(let v): NumericConversion.floating(unscaled: v.unscaled, scale: v.scale)
        case .real(let v): Double(v)
        case .double(let v): v
        case .date(let v): Double(v)
        case .timestamp(let v), .timestamptz(let v): Double(v)
        default: nil
        }
    }

    private func origin(_ expression: BoundExpression) -> ColumnOrigin? {
        switch expression {
        case .cast(let operand, _, _): origin(operand)
        case .column(let index, _): index < origins.count ? origins[index] : nil
        default: nil
        }
    }

    /// Operators a predicate evaluates per row, for the cost model (IS NULL tests are free, as
    /// in Redshift's plans).
    static func operatorCount(_ expression: BoundExpression) -> Int {
        switch expression {
        case .and(let operands), .or(let operands): operands.reduce(0) { $0 + operatorCount($1) }
        case .not(let operand): operatorCount(operand)
        case .isNull, .column, .constant: 0
        case .cast(let operand, _, _): operatorCount(operand)
        case .comparison(_, let left, let right), .arithmetic(_, let left, let right, _), .concatenate(let left, let right):
            1 + operatorCount(left) + operatorCount(right)
        default: 1
        }
    }
}

extension DataType {
    /// Bytes a value takes in EXPLAIN's `width`: the fixed sizes, a CHAR's length, and a
    /// VARCHAR's declared length up to 256 (Redshift estimates strings from statistics; a
    /// declared bound is what this engine knows without reading the rows).
    var planWidth: Int {
        switch self {
        case .smallint: 2
        case .integer, .real, .date: 4
        case .bigint, .doublePrecision, .time, .timestamp, .timestamptz: 8
        case .timetz: 12
        case .decimal(let precision, _): precision > 18 ? 16 : 8
        case .boolean: 1
        case .char(let length): length
        case .varchar(let length): min(length, 256)
        }
    }
}
