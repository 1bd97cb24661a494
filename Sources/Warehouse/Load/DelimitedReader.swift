/// Redshift's default text format: one record per line, fields split by a one-byte delimiter.
/// With ESCAPE a backslash makes the next byte literal (a delimiter, a newline, a backslash);
/// with REMOVEQUOTES a field's surrounding double quotes go and delimiters inside them stay.
struct DelimitedReader: RecordReader {
    private var cursor: LineCursor
    private let delimiter: UInt8
    private let escape: Bool
    private let removeQuotes: Bool
    private let ignoreBlankLines: Bool

    init(_ bytes: [UInt8], delimiter: UInt8, options: CopyOptions) {
        cursor = LineCursor(bytes)
        self.delimiter = delimiter
        escape = options.escape
        removeQuotes = options.removeQuotes
        ignoreBlankLines = options.ignoreBlankLines
        cursor.skipLines(options.ignoreHeader)
    }

    mutating func next(into record: inout LoadRecord) -> ReadOutcome {
        if ignoreBlankLines { while cursor.atBlankLine { cursor.skipLine() } }
        guard !cursor.atEnd else { return .end }
        let bytes = cursor.bytes
        let start = cursor.position, firstLine = cursor.line
        record.reset(line: firstLine, start: start)
        var index = start
        var fieldStart = start, textStart = 0
        var inQuotes = false, sawQuote = false
        while true {
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if escape, byte == 0x5C, index + 1 < bytes.count {
                let next = bytes[index + 1]
                if next == 0x0A { cursor.line += 1 }
                record.text.append(next)
                index += 2
                continue
            }
            if removeQuotes, byte == 0x22, inQuotes || (record.text.count == textStart && !sawQuote) {
                inQuotes.toggle()
                sawQuote = true
                index += 1
                continue
            }
            if byte == 0x0A || (byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) {
                if inQuotes { break }
                index += byte == 0x0A ? 1 : 2
                break
            }
            if byte == delimiter, !inQuotes {
                record.closeField(textStart: textStart, rawRange: fieldStart..<index)
                index += 1
                fieldStart = index
                textStart = record.text.count
                sawQuote = false
                continue
            }
            record.text.append(byte)
            index += 1
        }
        let end = cursor.trimmedEnd(start, index)
        cursor.position = index
        record.raw = start..<end
        if inQuotes {
            // The line ended inside a quoted field.
            cursor.skipLine()
            return .rejected(LoadRejection(line: firstLine, raw: start..<end, code: 1214,
                                           reason: "Unmatched quote in field (REMOVEQUOTES)"))
        }
        cursor.line += 1
        record.closeField(textStart: textStart, rawRange: fieldStart..<max(fieldStart, end))
        return .record
    }
}
