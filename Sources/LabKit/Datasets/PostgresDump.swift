import Foundation

/// A table read from a PostgreSQL plain-format dump (what `pg_dump` writes and `psql -f` loads):
/// its declared columns and the rows of its `COPY ... FROM stdin` block. The simulated Glue JDBC
/// crawler takes the columns from here, and a Glue job reading the "RDS" source takes the rows,
/// as if they had queried the database the dump came from.
public struct PostgresDump: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var name: String
        /// The type as declared, e.g. `character varying(200)`, `numeric(10,2)`, `integer`.
        public var type: String
        public var nullable: Bool
    }

    public struct Table: Sendable, Equatable {
        public var schema: String
        public var name: String
        public var columns: [Column]
        /// Values as PostgreSQL's text format writes them (`t`/`f` for booleans); nil is NULL.
        /// Each row has one value per column, in the order of `columns`.
        public var rows: [[String?]]
    }

    public var tables: [Table]

    public func table(_ name: String, schema: String = "public") -> Table? {
        tables.first { $0.name == name && $0.schema == schema }
    }

    public static func read(contentsOf url: URL) throws -> PostgresDump {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw PostgresDumpError(file: url.lastPathComponent, line: 0, message: DatasetError.reason(error))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PostgresDumpError(file: url.lastPathComponent, line: 0, message: "the file is not UTF-8 text")
        }
        return try parse(text, file: url.lastPathComponent)
    }

    /// Reads CREATE TABLE and COPY ... FROM stdin; other statements (SET, ALTER TABLE, CREATE
    /// INDEX, ...) carry no rows and are skipped. INSERT statements are refused rather than
    /// silently missed.
    public static func parse(_ text: String, file: String = "dump") throws -> PostgresDump {
        var tables: [Table] = []
        var statement: [String] = []
        var statementLine = 0
        var copy: (table: Int, columns: [Int], line: Int)?
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func fail(_ line: Int, _ message: String) -> PostgresDumpError { PostgresDumpError(file: file, line: line, message: message) }
        for (offset, raw) in lines.enumerated() {
            let number = offset + 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if let target = copy {
                if line == "\\." {
                    copy = nil
                    continue
                }
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { unescapeCopyText(String($0)) }
                guard fields.count == target.columns.count else {
                    throw fail(number, "COPY row has \(fields.count) field(s), but the COPY names \(target.columns.count) column(s)")
                }
                var row = [String?](repeating: nil, count: tables[target.table].columns.count)
                for (field, column) in zip(fields, target.columns) { row[column] = field }
                tables[target.table].rows.append(row)
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if statement.isEmpty && (trimmed.isEmpty || trimmed.hasPrefix("--")) { continue }
            if statement.isEmpty { statementLine = number }
            statement.append(String(line))
            guard trimmed.hasSuffix(";") else { continue }
            let sql = statement.joined(separator: "\n")
            statement = []
            let words = sql.split(whereSeparator: \.isWhitespace).prefix(2).map { $0.uppercased() }
            if words == ["CREATE", "TABLE"] {
                let table = try createTable(sql, fail: { fail(statementLine, $0) })
                if tables.contains(where: { $0.schema == table.schema && $0.name == table.name }) {
                    throw fail(statementLine, "the dump creates \(table.schema).\(table.name) twice")
                }
                tables.append(table)
            } else if words.first == "COPY" {
                copy = try copyTarget(sql, tables: tables, fail: { fail(statementLine, $0) })
                copy?.line = statementLine
            } else if words.first == "INSERT" {
                throw fail(statementLine, "INSERT statements are not read; dump the data with COPY (pg_dump's default, without --inserts)")
            }
        }
        if let copy { throw fail(copy.line, "the COPY data has no end marker (a line holding only \\.)") }
        if !statement.isEmpty { throw fail(statementLine, "the last statement has no closing semicolon") }
        return PostgresDump(tables: tables)
    }

    private static func createTable(_ sql: String, fail: (String) -> PostgresDumpError) throws -> Table {
        guard let open = sql.firstIndex(of: "("), let close = sql.lastIndex(of: ")"), open < close else {
            throw fail("CREATE TABLE without a column list")
        }
        let head = sql[..<open].split(whereSeparator: \.isWhitespace).dropFirst(2)
        guard let qualified = head.last, head.count == 1 || head.first?.uppercased() == "IF" else {
            throw fail("CREATE TABLE without a table name")
        }
        let (schema, name) = splitName(String(qualified))
        var columns: [Column] = []
        for element in splitTopLevel(sql[sql.index(after: open)..<close]) {
            let definition = element.trimmingCharacters(in: .whitespacesAndNewlines)
            let first = definition.split(whereSeparator: \.isWhitespace).first.map { $0.uppercased() } ?? ""
            if definition.isEmpty || ["CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN", "EXCLUDE", "LIKE"].contains(first) {
                continue
            }
            let (columnName, rest) = firstIdentifier(definition)
            guard !columnName.isEmpty, !rest.isEmpty else { throw fail("column definition '\(definition)' has no type") }
            let upper = rest.uppercased()
            let stops = [" NOT NULL", " NULL", " DEFAULT ", " CONSTRAINT ", " PRIMARY KEY", " UNIQUE", " REFERENCES ",
                         " CHECK", " COLLATE ", " GENERATED "]
            let typeEnd = stops.compactMap { upper.range(of: $0)?.lowerBound }.min() ?? upper.endIndex
            let offset = upper.distance(from: upper.startIndex, to: typeEnd)
            let type = String(rest.prefix(offset)).trimmingCharacters(in: .whitespaces)
            let nullable = !upper.contains(" NOT NULL") && !upper.contains(" PRIMARY KEY")
            columns.append(Column(name: columnName, type: type, nullable: nullable))
        }
        guard !columns.isEmpty else { throw fail("CREATE TABLE \(schema).\(name) declares no columns") }
        return Table(schema: schema, name: name, columns: columns, rows: [])
    }

    private static func copyTarget(_ sql: String, tables: [Table], fail: (String) -> PostgresDumpError)
        throws -> (table: Int, columns: [Int], line: Int) {
        guard sql.uppercased().hasSuffix("FROM STDIN;") else {
            throw fail("only COPY ... FROM stdin carries rows in a dump")
        }
        let afterCopy = sql.dropFirst(4).trimmingCharacters(in: .whitespaces)
        let nameEnd = afterCopy.firstIndex { $0 == "(" || $0.isWhitespace } ?? afterCopy.endIndex
        let (schema, name) = splitName(String(afterCopy[..<nameEnd]))
        guard let index = tables.firstIndex(where: { $0.schema == schema && $0.name == name }) else {
            throw fail("COPY into \(schema).\(name), which the dump does not create")
        }
        let table = tables[index]
        guard let open = afterCopy.firstIndex(of: "("), let close = afterCopy.firstIndex(of: ")") else {
            return (index, Array(table.columns.indices), 0)
        }
        var positions: [Int] = []
        for element in splitTopLevel(afterCopy[afterCopy.index(after: open)..<close]) {
            let column = firstIdentifier(element.trimmingCharacters(in: .whitespacesAndNewlines)).0
            guard let position = table.columns.firstIndex(where: { $0.name == column }) else {
                throw fail("COPY names column \(column), which \(schema).\(name) does not have")
            }
            positions.append(position)
        }
        return (index, positions, 0)
    }

    /// `public.products` → (public, products); an unqualified name is in `public`.
    private static func splitName(_ text: String) -> (String, String) {
        let parts = text.split(separator: ".").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        return parts.count >= 2 ? (parts[parts.count - 2], parts[parts.count - 1]) : ("public", parts.first ?? "")
    }

    /// The leading identifier (quoted or not) and the text after it.
    private static func firstIdentifier(_ text: String) -> (String, String) {
        if text.hasPrefix("\""), let end = text.dropFirst().firstIndex(of: "\"") {
            return (String(text[text.index(after: text.startIndex)..<end]), String(text[text.index(after: end)...]))
        }
        let end = text.firstIndex(where: \.isWhitespace) ?? text.endIndex
        return (String(text[..<end]), String(text[end...]))
    }

    /// Splits at commas outside parentheses and quotes: `a numeric(10,2), b text` → two parts.
    private static func splitTopLevel(_ text: Substring) -> [String] {
        var parts: [String] = [], current = "", depth = 0, quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "(" {
                depth += 1
            } else if character == ")" {
                depth -= 1
            } else if character == ",", depth == 0 {
                parts.append(current)
                current = ""
                continue
            }
            current.append(character)
        }
        parts.append(current)
        return parts
    }

    /// A value in COPY's text format: backslash, tab, newline and carriage return escaped.
    static func escapeCopyText(_ value: String) -> String {
        guard value.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return value }
        var escaped = ""
        for character in value {
            switch character {
            case "\\": escaped += "\\\\"
            case "\t": escaped += "\\t"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// A COPY text-format field: `\N` is NULL; `\b \f \n \r \t \v \\`, octal `\ooo` and hex `\xhh` escapes.
    static func unescapeCopyText(_ field: String) -> String? {
        if field == "\\N" { return nil }
        guard field.contains("\\") else { return field }
        var bytes: [UInt8] = []
        let source = Array(field.utf8)
        var index = 0
        func digits(_ start: Int, max: Int, radix: Int) -> (Int, Int) {
            var value = 0, count = 0
            while count < max, start + count < source.count,
                  let digit = Int(String(UnicodeScalar(source[start + count])), radix: radix) {
                value = value * radix + digit
                count += 1
            }
            return (value, count)
        }
        while index < source.count {
            let byte = source[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < source.count else {
                bytes.append(byte)
                index += 1
                continue
            }
            let next = source[index + 1]
            index += 2
            switch next {
            case UInt8(ascii: "b"): bytes.append(8)
            case UInt8(ascii: "f"): bytes.append(12)
            case UInt8(ascii: "n"): bytes.append(10)
            case UInt8(ascii: "r"): bytes.append(13)
            case UInt8(ascii: "t"): bytes.append(9)
            case UInt8(ascii: "v"): bytes.append(11)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                let (value, count) = digits(index - 1, max: 3, radix: 8)
                bytes.append(UInt8(truncatingIfNeeded: value))
                index += count - 1
            case UInt8(ascii: "x"):
                let (value, count) = digits(index, max: 2, radix: 16)
                if count == 0 { bytes.append(next) } else { bytes.append(UInt8(value)) }
                index += count
            default: bytes.append(next)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A dump that cannot be read, with the place and the reason.
public struct PostgresDumpError: Error, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String

    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}
