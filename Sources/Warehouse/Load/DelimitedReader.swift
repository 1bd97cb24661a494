/// Redshift's default text format: one record per line, fields split by a one-byte delimiter.
/// With ESCAPE a backslash makes the next byte literal (a delimiter, a newline, a backslash);
/// with REMOVEQUOTES a field's surrounding double quotes go and delimiters inside them stay.
/// Without ESCAPE, a field is its bytes as written (under REMOVEQUOTES, the bytes between its
/// quotes), so records point into the input instead of copying it. Reads one chunk of a file
/// (`range`, starting at a line) or the whole file.
struct DelimitedReader: RecordReader {
    private var cursor: LineCursor
    private let delimiter: UInt8
    private let escape: Bool
    private let removeQuotes: Bool
    private let ignoreBlankLines: Bool

    /// `skipsHeader`: whether IGNOREHEADER's lines are at the start of `range` (the file's first chunk).
    init(_ bytes: [UInt8], in range: Range<Int>, delimiter: UInt8, options: CopyOptions, skipsHeader: Bool = true) {
        cursor = LineCursor(bytes, in: range)
        self.delimiter = delimiter
        escape = options.escape
        removeQuotes = options.removeQuotes
        ignoreBlankLines = options.ignoreBlankLines
        if skipsHeader { cursor.skipLines(options.ignoreHeader) }
    }

    /// Whether records never span lines, so a file may be cut at any newline and its chunks
    /// read independently (ESCAPE lets a backslash carry a record over a newline).
    static func recordsEndAtNewlines(_ options: CopyOptions) -> Bool {
        !options.escape
    }

    mutating func next(into record: inout LoadRecord) -> ReadOutcome {
        if ignoreBlankLines { while cursor.atBlankLine { cursor.skipLine() } }
        guard !cursor.atEnd else { return .end }
        if !escape, let outcome = nextAsWritten(into: &record) { return outcome }
        let bytes = cursor.bytes, limit = cursor.end
        let start = cursor.position, firstLine = cursor.line
        record.reset(line: firstLine, start: start)
        var index = start
        var fieldStart = start, textStart = 0
        var inQuotes = false, sawQuote = false
        while true {
            guard index < limit else { break }
            let byte = bytes[index]
            if escape, byte == 0x5C, index + 1 < limit {
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
            if byte == 0x0A || (byte == 0x0D && index + 1 < limit && bytes[index + 1] == 0x0A) {
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

    /// A record whose fields are ranges of the input: one scan for delimiters and the line's
    /// end, no byte copied. Under REMOVEQUOTES a field wholly in quotes is the text between
    /// them; nil when a field's quoting is anything else (text after the closing quote, a quote
    /// left open), which the general loop then reads and words.
    private mutating func nextAsWritten(into record: inout LoadRecord) -> ReadOutcome? {
        let start = cursor.position, end = cursor.end, delimiter = delimiter, removeQuotes = removeQuotes
        record.reset(line: cursor.line, start: start)
        record.fieldsAreInput = true
        var next = end
        let plain = cursor.bytes.withUnsafeBufferPointer { bytes in
            var index = start
            while true {
                let fieldStart = index
                let text: Range<Int>
                if removeQuotes, index < end, bytes[index] == 0x22 {
                    var close = index + 1
                    while close < end, bytes[close] != 0x22, bytes[close] != 0x0A { close += 1 }
                    guard close < end, bytes[close] == 0x22 else { return false }
                    text = index + 1..<close
                    index = close + 1
                    guard index == end || bytes[index] == delimiter || bytes[index] == 0x0A
                        || (bytes[index] == 0x0D && index + 1 < end && bytes[index + 1] == 0x0A) else { return false }
                    record.rawFields.append(fieldStart..<index)
                } else {
                    while index < end, bytes[index] != delimiter, bytes[index] != 0x0A { index += 1 }
                    // `\r\n` ends a line as `\n` does; a `\r` elsewhere is text.
                    let isLineEnd = index < end && bytes[index] == 0x0A
                    text = fieldStart..<(isLineEnd && index > fieldStart && bytes[index - 1] == 0x0D ? index - 1 : index)
                    record.rawFields.append(text)
                }
                record.fields.append(text)
                if index < end, bytes[index] == delimiter {
                    index += 1
                    continue
                }
                if index < end { index += bytes[index] == 0x0A ? 1 : 2 }
                next = index
                return true
            }
        }
        guard plain else { return nil }
        cursor.position = next
        cursor.line += 1
        record.raw = start..<cursor.trimmedEnd(start, next)
        record.null.append(contentsOf: repeatElement(false, count: record.fields.count))
        return .record
    }
}
