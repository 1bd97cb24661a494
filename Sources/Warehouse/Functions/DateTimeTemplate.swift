/// A TO_CHAR/TO_DATE/TO_TIMESTAMP format string split into fields and literal text. Field
/// names match case-insensitively, longest first (`HH24` before `HH`, `MONTH` before `MON`);
/// the case they are written in picks the case of names (`MONTH`, `Month`, `month`). `FM`
/// before a field suppresses its padding; text in double quotes is literal.
struct DateTimeTemplate: Sendable {
    enum Field: Sendable {
        case hour24, hour12, minute, second, millisecond, microsecond
        case meridiem(dotted: Bool), era(dotted: Bool)
        case yearWithComma, year(digits: Int), isoYear(digits: Int), century
        case monthName, monthAbbreviation, month, romanMonth, quarter
        case dayName, dayAbbreviation, dayOfYear, isoDayOfYear, dayOfMonth, weekday, isoWeekday
        case isoWeek, weekOfYear, weekOfMonth, julianDay, zoneName, zoneOffset
    }

    enum Letters: Sendable { case upper, capitalized, lower }

    enum Element: Sendable {
        case field(Field, letters: Letters, fillMode: Bool)
        case literal(String)
    }

    let elements: [Element]

    private static let names: [(String, Field)] = [
        ("HH24", .hour24), ("HH12", .hour12), ("HH", .hour12), ("MI", .minute), ("SS", .second), ("MS", .millisecond),
        ("US", .microsecond), ("A.M.", .meridiem(dotted: true)), ("P.M.", .meridiem(dotted: true)),
        ("AM", .meridiem(dotted: false)), ("PM", .meridiem(dotted: false)), ("B.C.", .era(dotted: true)),
        ("A.D.", .era(dotted: true)), ("BC", .era(dotted: false)), ("AD", .era(dotted: false)),
        ("Y,YYY", .yearWithComma), ("YYYY", .year(digits: 4)), ("YYY", .year(digits: 3)), ("YY", .year(digits: 2)),
        ("Y", .year(digits: 1)), ("IYYY", .isoYear(digits: 4)), ("IYY", .isoYear(digits: 3)), ("IY", .isoYear(digits: 2)),
        ("IDDD", .isoDayOfYear), ("ID", .isoWeekday), ("IW", .isoWeek), ("I", .isoYear(digits: 1)),
        ("MONTH", .monthName), ("MON", .monthAbbreviation), ("MM", .month), ("RM", .romanMonth),
        ("DAY", .dayName), ("DY", .dayAbbreviation), ("DDD", .dayOfYear), ("DD", .dayOfMonth), ("D", .weekday),
        ("WW", .weekOfYear), ("W", .weekOfMonth), ("Q", .quarter), ("CC", .century), ("J", .julianDay),
        ("TZ", .zoneName), ("OF", .zoneOffset),
    ].sorted { $0.0.count > $1.0.count }

    init(_ format: String) {
        let characters = Array(format)
        var elements: [Element] = []
        var index = 0
        var fillMode = false
        func appendLiteral(_ text: String) {
            if case .literal(let previous)? = elements.last {
                elements[elements.count - 1] = .literal(previous + text)
            } else {
                elements.append(.literal(text))
            }
        }
        while index < characters.count {
            if characters[index] == "\"" {
                var end = index + 1
                while end < characters.count && characters[end] != "\"" { end += 1 }
                appendLiteral(String(characters[(index + 1)..<min(end, characters.count)]))
                index = end + 1
                continue
            }
            if Self.matches("FM", characters, at: index) {
                fillMode = true
                index += 2
                continue
            }
            if let (name, field) = Self.names.first(where: { Self.matches($0.0, characters, at: index) }) {
                let written = String(characters[index..<(index + name.count)])
                elements.append(.field(field, letters: Self.letters(written), fillMode: fillMode))
                fillMode = false
                index += name.count
                continue
            }
            appendLiteral(String(characters[index]))
            index += 1
        }
        self.elements = elements
    }

    private static func matches(_ name: String, _ characters: [Character], at index: Int) -> Bool {
        guard index + name.count <= characters.count else { return false }
        return zip(name, characters[index...]).allSatisfy { $0 == Character($1.uppercased()) }
    }

    private static func letters(_ written: String) -> Letters {
        let letters = written.filter(\.isLetter)
        guard let first = letters.first, first.isUppercase else { return .lower }
        return letters.dropFirst().contains(where: \.isUppercase) || letters.count == 1 ? .upper : .capitalized
    }

    static func apply(_ letters: Letters, to text: String) -> String {
        switch letters {
        case .upper: text.uppercased()
        case .lower: text.lowercased()
        case .capitalized: text.prefix(1).uppercased() + text.dropFirst().lowercased()
        }
    }
}
