/// CSV as COPY reads it: a field may be quoted (by `"` or QUOTE AS), a quoted field may hold
/// delimiters and newlines, and a doubled quote inside it is one quote. Text after a closing
/// quote other than a delimiter or the line's end rejects the row.
struct CSVReader: RecordReader {
    private var cursor: LineCursor
    private let delimiter: UInt8
    private let quote: UInt8
    private let ignoreBlankLines: Bool

    init(_ bytes: [UInt8], delimiter: UInt8, quote: UInt8, options: CopyOptions) {
        cursor = LineCursor(bytes)
        self.delimiter = delimiter
        self.quote = quote
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
        var lines = 1
        while true {
            let fieldStart = index, textStart = record.text.count
            if index < bytes.count, bytes[index] == quote {
                index += 1
                var closed = false
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < bytes.count, bytes[index + 1] == quote {
                            record.text.append(quote)
                            index += 2
                            continue
                        }
                        index += 1
                        closed = true
                        break
                    }
                    if byte == 0x0A { lines += 1 }
                    record.text.append(byte)
                    index += 1
                }
                let atFieldEnd = index >= bytes.count || bytes[index] == delimiter || bytes[index] == 0x0A
                    || (bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A)
                guard closed, atFieldEnd else { return reject(start, index, firstLine, lines) }
            } else {
                while index < bytes.count, bytes[index] != delimiter, bytes[index] != 0x0A,
                      !(bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) {
                    record.text.append(bytes[index])
                    index += 1
                }
            }
            record.closeField(textStart: textStart, rawRange: fieldStart..<index)
            if index < bytes.count, bytes[index] == delimiter {
                index += 1
                continue
            }
            let end = index
            if index < bytes.count { index += bytes[index] == 0x0D ? 2 : 1 }
            cursor.position = index
            cursor.line += lines
            record.raw = start..<end
            return .record
        }
    }

    /// Bad quoting: the row is rejected and reading resumes at the next line.
    private mutating func reject(_ start: Int, _ index: Int, _ firstLine: Int, _ lines: Int) -> ReadOutcome {
        cursor.position = index
        cursor.line = firstLine + lines - 1
        cursor.skipLine()
        let end = cursor.trimmedEnd(start, cursor.position)
        return .rejected(LoadRejection(line: firstLine, raw: start..<max(start, end), code: 1214,
                                       reason: "Invalid quote formatting for CSV"))
    }
}
