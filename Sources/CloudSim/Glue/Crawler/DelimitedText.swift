/// Splits delimited text into records and fields the way CSV readers do: a field in double
/// quotes may hold the delimiter, line breaks and doubled quotes (`""`); records end at `\n` or
/// `\r\n`; blank lines are skipped.
struct DelimitedText {
    let records: [[String]]
    /// Whether any field was quoted (Glue then reads the table with OpenCSVSerDe).
    let quoted: Bool

    init(_ text: String, delimiter: Unicode.Scalar) {
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        func endRecord() {
            record.append(String(field))
            field = String.UnicodeScalarView()
            if !(record.count == 1 && record[0].isEmpty) { records.append(record) }
            record = []
        }
        while let scalar = pending {
            pending = scalars.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" { field.append("\""); pending = scalars.next() } else { inQuotes = false }
                } else {
                    field.append(scalar)
                }
            } else if scalar == "\"" && field.isEmpty {
                inQuotes = true
                quoted = true
            } else if scalar == delimiter {
                record.append(String(field))
                field = String.UnicodeScalarView()
            } else if scalar == "\n" {
                endRecord()
            } else if scalar == "\r" && pending == "\n" {
                continue
            } else {
                field.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty { endRecord() }
        self.records = records
        self.quoted = quoted
    }
}
