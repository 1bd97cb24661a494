extension DataType {
    /// The type UNION/INTERSECT/EXCEPT, CASE, COALESCE/NVL and DECODE give to branches of types
    /// `self` and `other`. `construct` names the construct in the error
    /// (`UNION types integer and character varying cannot be matched`).
    ///
    /// Integers widen; an integer with DECIMAL becomes DECIMAL with Redshift's set-operation rule
    /// (scale = max(s1, s2), precision = min(max(p1 − s1, p2 − s2) + scale, 19)); REAL stays REAL
    /// only with REAL, other float mixes are DOUBLE PRECISION; CHAR with CHAR is CHAR, any other
    /// string mix VARCHAR, both of the longer length; DATE with TIMESTAMP is TIMESTAMP and either
    /// with TIMESTAMPTZ is TIMESTAMPTZ. Untyped string literals are not strings here: the binder
    /// gives them the other branch's type first, as PostgreSQL types unknown literals, which is
    /// why `COALESCE(NULL, 'Amazon Redshift', 12)` fails with `invalid input syntax for integer`.
    public func commonSupertype(with other: DataType, construct: String) throws -> DataType {
        if self == other { return self }
        if let numeric = numericSupertype(with: other, precisionCap: 19) { return numeric }
        if let strings = stringSupertype(with: other) { return strings }
        switch (self, other) {
        case (.date, .timestamp), (.timestamp, .date): return .timestamp
        case (.date, .timestamptz), (.timestamptz, .date), (.timestamp, .timestamptz), (.timestamptz, .timestamp):
            return .timestamptz
        case (.time, .timetz), (.timetz, .time): return .timetz
        default:
            throw SQLError(SQLState.datatypeMismatch,
                           "\(construct) types \(baseName) and \(other.baseName) cannot be matched")
        }
    }

    /// The common supertype of every type in `types` (left to right), for CASE and COALESCE
    /// with more than two branches.
    public static func commonSupertype(of types: [DataType], construct: String) throws -> DataType? {
        guard var result = types.first else { return nil }
        for type in types.dropFirst() { result = try result.commonSupertype(with: type, construct: construct) }
        return result
    }

    /// The type both sides of a comparison are brought to. Strings compared with DECIMAL(p, s)
    /// are read as DECIMAL(38, s) (so a long integer part compares instead of overflowing), with
    /// a date/time type as that type; other numbers compared with strings are compared as
    /// strings (Redshift's implicit-conversion rule); numbers compare in a type wide enough for
    /// both (DECIMALs keep all digits, up to 38).
    public func comparisonType(with other: DataType, operatorSymbol: String) throws -> DataType {
        if self == other { return self }
        if let numeric = numericSupertype(with: other, precisionCap: DataType.maxDecimalPrecision) { return numeric }
        if let strings = stringSupertype(with: other) { return strings }
        if isString || other.isString {
            let nonString = isString ? other : self
            if case .decimal(_, let scale) = nonString {
                return .decimal(precision: DataType.maxDecimalPrecision, scale: scale)
            }
            if nonString.isDateTime || nonString == .boolean { return nonString }
            if nonString.isNumeric { return .varchar(length: DataType.maxVarcharLength) }
        }
        do {
            return try commonSupertype(with: other, construct: "")
        } catch {
            throw TypeErrors.operatorDoesNotExist(self, operatorSymbol, other)
        }
    }

    private func numericSupertype(with other: DataType, precisionCap: Int) -> DataType? {
        guard isNumeric, other.isNumeric else { return nil }
        if isFloatingPoint || other.isFloatingPoint {
            return self == .real && other == .real ? .real : .doublePrecision
        }
        if isInteger && other.isInteger {
            return [DataType.bigint, .integer, .smallint].first { $0 == self || $0 == other }
        }
        guard case .decimal(let p1, let s1)? = asDecimal, case .decimal(let p2, let s2)? = other.asDecimal else { return nil }
        let scale = max(s1, s2)
        return .decimal(precision: min(max(p1 - s1, p2 - s2) + scale, max(precisionCap, scale)), scale: scale)
    }

    private func stringSupertype(with other: DataType) -> DataType? {
        switch (self, other) {
        case (.char(let a), .char(let b)): .char(length: max(a, b))
        case (.char(let a), .varchar(let b)), (.varchar(let a), .char(let b)), (.varchar(let a), .varchar(let b)):
            .varchar(length: max(a, b))
        default: nil
        }
    }
}
