/// CONVERT_TIMEZONE(['source',] 'target', timestamp) → TIMESTAMP, the source defaulting to UTC.
/// A zone is one of:
/// - an abbreviation (`PST`, `EST`, `CET`…): a fixed offset all year, as Redshift treats them;
/// - a POSIX-style offset (`UTC+3`, `GMT-05:30`, `+2`), **west-positive** as in POSIX:
///   `GMT+2` is two hours behind UTC;
/// - an IANA name (`US/Pacific`, `America/New_York`) resolved by Foundation's `TimeZone`, with
///   its daylight-saving rules.
/// Unknown zones give `time zone "x" not recognized`.
enum TimeZoneConversion {
    typealias Texts = StringVector
    typealias Micros = FixedWidthVector<Int64>

    static let convertTimezone = ScalarFunction(name: "convert_timezone") { types throws(SQLError) in
        let rules: [ParameterTypes.Rule] = [ParameterTypes.text, ParameterTypes.text, ParameterTypes.timestamp]
        if let accepted = ParameterTypes.all(types, rules) {
            return converter(Array(accepted.prefix(2)) + [.timestamp], sourceGiven: true)
        }
        guard let accepted = ParameterTypes.all(types, Array(rules.dropFirst())) else { return nil }
        return converter([accepted[0], .timestamp], sourceGiven: false)
    }

    /// Without a source zone, the values are read as UTC.
    private static func converter(_ types: [DataType], sourceGiven: Bool) -> ResolvedScalarFunction {
        ResolvedScalarFunction(argumentTypes: types, returnType: .timestamp) { arguments, rowCount throws(SQLError) in
            try Arity.check(arguments, types.count)
            var all = arguments
            if !sourceGiven {
                all.insert(try bridgingErrors {
                    try ColumnVector(repeating: .string("UTC"), type: StringFunctions.longText, count: rowCount)
                }, at: 0)
            }
            var zones = ZoneCache()
            let column = try FunctionLoops.map(try all[0].typed(Texts.self), try all[1].typed(Texts.self),
                                               try all[2].typed(Micros.self), into: Micros.self) {
                source, target, local throws(SQLError) in
                let utc = try zones.zone(source).utc(fromLocal: local)
                return utc + Int64(try zones.zone(target).offsetSeconds(atUTC: utc)) * Microseconds.perSecond
            }
            return ColumnVector(type: .timestamp, column: column)
        }
    }

    /// Fixed offsets (seconds east of UTC) of the abbreviations Redshift's examples use.
    static let abbreviations: [String: Int] = [
        "utc": 0, "gmt": 0, "z": 0, "ut": 0, "wet": 0, "bst": 3600, "cet": 3600, "met": 3600, "cest": 7200,
        "eet": 7200, "eest": 10800, "msk": 10800, "ist": 19800, "jst": 32400, "kst": 32400, "hkt": 28800,
        "sgt": 28800, "aest": 36000, "aedt": 39600, "acst": 34200, "awst": 28800, "nzst": 43200, "nzdt": 46800,
        "est": -18000, "edt": -14400, "cst": -21600, "cdt": -18000, "mst": -25200, "mdt": -21600,
        "pst": -28800, "pdt": -25200, "akst": -32400, "akdt": -28800, "hst": -36000, "ast": -14400, "nst": -12600,
    ]
}
