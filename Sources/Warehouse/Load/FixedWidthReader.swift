/// FIXEDWIDTH: each line holds the columns at fixed widths, counted in characters (a UTF-8
/// character is one, however many bytes). A line too short for every column is rejected
/// unless FILLRECORD lets the missing trailing columns be NULL.
struct FixedWidthReader: RecordReader {
    private var cursor: LineCursor
    private let widths: [Int]
    private let ignoreBlankLines: Bool

    init(_ bytes: [UInt8], widths: [Int], options: CopyOptions) {
        cursor = LineCursor(bytes)
        self.widths = widths
        ignoreBlankLines = options.ignoreBlankLines
        cursor.skipLines(options.ignoreHeader)
    }

    mutating func next(into record: inout LoadRecord) -> ReadOutcome {
        if ignoreBlankLines { while cursor.atBlankLine { cursor.skipLine() } }
        guard !cursor.atEnd else { return .end }
        let bytes = cursor.bytes
        let start = cursor.position
        record.reset(line: cursor.line, start: start)
        cursor.skipLine()
        let end = cursor.trimmedEnd(start, cursor.position)
        record.raw = start..<end
        var index = start
        for width in widths {
            guard index < end else { break }
            let fieldStart = index, textStart = record.text.count
            var characters = 0
            while index < end, characters < width {
                index += 1
                while index < end, bytes[index] & 0xC0 == 0x80 { index += 1 }
                characters += 1
            }
            record.text.append(contentsOf: bytes[fieldStart..<index])
            record.closeField(textStart: textStart, rawRange: fieldStart..<index)
        }
        return .record
    }
}
