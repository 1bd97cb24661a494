/// The value of an INTERVAL literal: months, days and microseconds kept apart, as PostgreSQL
/// keeps them, because a month and a day have no fixed length until they are added to a date.
///
/// Redshift's unqualified literal syntax: quantities with date parts, separated by spaces or
/// commas (`'7 days, 3 hours, 59 minutes'`, `'1w, 1h, 1m, 1s'`, `'52 weeks'`), any date-part
/// spelling DATEADD takes (so `m` is minutes), a bare quantity meaning seconds, fractions
/// spilling into the smaller fields (`'0.5 days'` is 12 hours, `'1.5 months'` is 1 month 15
/// days), PostgreSQL's `hh:mm[:ss]` time form and a trailing `ago` that negates the whole.
struct IntervalValue: Equatable, Sendable {
    var months: Int64 = 0
    var days: Int64 = 0
    var microseconds: Int64 = 0

    static func parse(_ text: String) throws(SQLError) -> IntervalValue {
        let invalid = SQLError(SQLState.invalidDatetimeFormat, "invalid input syntax for type interval: \"\(text)\"")
        var tokens = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        var negateAll = false
        if tokens.last == "ago" {
            negateAll = true
            tokens.removeLast()
        }
        guard !tokens.isEmpty else { throw invalid }
        var value = IntervalValue()
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            if token.contains(":") {
                value.microseconds += try timeOfDay(token, invalid)
                continue
            }
            // The quantity, then its unit: glued on (`1w`) or the next token (`1 week`).
            let numberEnd = token.firstIndex { !($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") } ?? token.endIndex
            guard let amount = Double(token[..<numberEnd]) else { throw invalid }
            var unit = String(token[numberEnd...])
            if unit.isEmpty, index < tokens.count, Double(tokens[index]) == nil, !tokens[index].contains(":") {
                unit = tokens[index]
                index += 1
            }
            let part = unit.isEmpty ? .second : try partNamed(unit, invalid)
            try value.add(amount, of: part, invalid)
        }
        if negateAll { value = IntervalValue(months: -value.months, days: -value.days, microseconds: -value.microseconds) }
        return value
    }

    /// The interval with every field negated, for subtraction.
    var negated: IntervalValue { IntervalValue(months: -months, days: -days, microseconds: -microseconds) }

    private static func partNamed(_ unit: String, _ invalid: SQLError) throws(SQLError) -> DatePart {
        guard let part = DatePart.spellings[unit], part.months != nil || part.fixedMicroseconds != nil else { throw invalid }
        return part
    }

    /// `hh:mm` or `hh:mm:ss[.ffffff]`, possibly signed.
    private static func timeOfDay(_ token: String, _ invalid: SQLError) throws(SQLError) -> Int64 {
        let negative = token.hasPrefix("-")
        let fields = token.drop { $0 == "-" || $0 == "+" }.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count), let hours = Int64(fields[0]), let minutes = Int64(fields[1]) else { throw invalid }
        let seconds = fields.count == 3 ? Double(fields[2]) : 0
        guard let seconds else { throw invalid }
        let total = hours * Microseconds.perHour + minutes * Microseconds.perMinute
            + Int64((seconds * Double(Microseconds.perSecond)).rounded())
        return negative ? -total : total
    }

    private mutating func add(_ amount: Double, of part: DatePart, _ invalid: SQLError) throws(SQLError) {
        guard amount.isFinite, abs(amount) < 1e12 else { throw invalid }
        if let monthsPerUnit = part.months {
            let total = amount * Double(monthsPerUnit)
            let whole = total.rounded(.towardZero)
            months += Int64(whole)
            spill(days: (total - whole) * 30)
        } else if part == .week || part == .day {
            spill(days: amount * (part == .week ? 7 : 1))
        } else if let unit = part.fixedMicroseconds {
            microseconds += Int64((amount * Double(unit)).rounded())
        }
    }

    /// Whole days to `days`, the fraction of a day to `microseconds`.
    private mutating func spill(days fractionalDays: Double) {
        let whole = fractionalDays.rounded(.towardZero)
        days += Int64(whole)
        microseconds += Int64(((fractionalDays - whole) * Double(Microseconds.perDay)).rounded())
    }
}
