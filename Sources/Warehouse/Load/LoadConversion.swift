/// The COPY options that shape how a field becomes a value: date and time formats,
/// ACCEPTANYDATE, and the string and decimal rules `LoadColumn` applies.
struct LoadConversion: Sendable {
    var dateFormat: TemporalFormat
    var timeFormat: TemporalFormat
    var acceptAnyDate: Bool
    var acceptInvalidCharacters: UInt8?
    var truncateColumns: Bool
    var trimBlanks: Bool
    var roundDecimals: Bool

    init(_ options: CopyOptions) {
        dateFormat = options.dateFormat
        timeFormat = options.timeFormat
        acceptAnyDate = options.acceptAnyDate
        acceptInvalidCharacters = options.acceptInvalidCharacters
        truncateColumns = options.truncateColumns
        trimBlanks = options.trimBlanks
        roundDecimals = options.roundDecimals
    }

    /// Days since 2000-01-01; nil (NULL) for an invalid date under ACCEPTANYDATE.
    func date(_ text: UnsafeBufferPointer<UInt8>) throws(FieldError) -> Int32? {
        do {
            switch dateFormat {
            case .standard:
                if let days = PlainText.date(text) { return days }
                guard text.count >= 10 else {
                    throw FieldError(code: 1205, reason: "Invalid Date Format - length must be 10 or more", position: 0)
                }
                throw FieldError(code: 1205, reason: "Invalid date format - Invalid digit encountered", position: 0)
            case .auto:
                let string = String(decoding: text, as: UTF8.self)
                if let days = try? DateTimeParser.parseDate(string) { return days }
                let micros = try DateTimeParser.parseTimestamp(string)
                return Int32(Microseconds.split(micros).days)
            case .template(let template):
                let micros = try DateTimeTemplateParser.parse(String(decoding: text, as: UTF8.self), template, strict: true)
                return Int32(Microseconds.split(micros).days)
            case .epochSeconds, .epochMilliseconds:
                throw FieldError(code: 1205, reason: "Invalid date format", position: 0)
            }
        } catch {
            if acceptAnyDate { return nil }
            if let error = error as? FieldError { throw error }
            throw FieldError(code: 1205, reason: "Invalid date format - \(Self.describe(error))", position: 0)
        }
    }

    /// Microseconds since 2000-01-01 (UTC for TIMESTAMPTZ); nil under ACCEPTANYDATE when invalid.
    func timestamp(_ text: UnsafeBufferPointer<UInt8>, withZone: Bool) throws(FieldError) -> Int64? {
        do {
            let string = String(decoding: text, as: UTF8.self)
            switch timeFormat {
            case .standard, .auto:
                return withZone ? try DateTimeParser.parseTimestampTZ(string) : try DateTimeParser.parseTimestamp(string)
            case .template(let template):
                return try DateTimeTemplateParser.parse(string, template, strict: true)
            case .epochSeconds, .epochMilliseconds:
                let perUnit = timeFormat.isEpochSeconds ? Microseconds.perSecond : Microseconds.perMillisecond
                guard let count = Int64(string.trimmingSQLWhitespace()) else {
                    throw FieldError.invalidDigit(ArraySlice(text), allowed: { $0 >= 0x30 && $0 <= 0x39 }, type: "Long")
                }
                let offset = DateTimeArithmetic.unixEpochOffsetSeconds * (Microseconds.perSecond / perUnit)
                let (micros, overflow) = (count - offset).multipliedReportingOverflow(by: perUnit)
                guard !overflow else { throw FieldError.overflow(ArraySlice(text), type: "Long") }
                return micros
            }
        } catch {
            if acceptAnyDate { return nil }
            if let error = error as? FieldError { throw error }
            throw FieldError(code: 1206, reason: "Invalid timestamp format or value [YYYY-MM-DD HH24:MI:SS]", position: 0)
        }
    }

    func time(_ text: UnsafeBufferPointer<UInt8>, withZone: Bool) throws(FieldError) -> Int64 {
        let string = String(decoding: text, as: UTF8.self)
        do {
            return withZone ? try DateTimeParser.parseTimeTZ(string) : try DateTimeParser.parseTime(string)
        } catch {
            throw FieldError(code: 1206, reason: "Invalid time format or value [HH24:MI:SS]", position: 0)
        }
    }

    private static func describe(_ error: any Error) -> String {
        (error as? SQLError)?.message ?? "\(error)"
    }
}

extension TemporalFormat {
    var isEpochSeconds: Bool {
        if case .epochSeconds = self { return true }
        return false
    }
}
