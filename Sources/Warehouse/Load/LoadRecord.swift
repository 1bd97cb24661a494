/// One record as a format reader cut it from a file: each field's text after unquoting and
/// unescaping (in `text`), where the record and each field were in the file (for
/// STL_LOAD_ERRORS' raw_line and raw_field_value, and for the NULL AS comparison, which sees
/// the field as written, so a quoted or escaped `\N` is text), and which fields are NULL by
/// themselves (JSON `null`, a missing key). Readers reuse one record's buffers for every row.
struct LoadRecord {
    /// 1-based line of the record in its file (JSON: the line the object ends on).
    var line = 0
    var raw: Range<Int> = 0..<0
    var text: [UInt8] = []
    var fields: [Range<Int>] = []
    var rawFields: [Range<Int>] = []
    /// Fields that are NULL whatever their text.
    var null: [Bool] = []
    /// Whether `fields` index the input bytes rather than `text`: a reader whose fields are
    /// their raw bytes (no quotes or escapes to undo) copies nothing.
    var fieldsAreInput = false

    mutating func reset(line: Int, start: Int) {
        self.line = line
        raw = start..<start
        text.removeAll(keepingCapacity: true)
        fields.removeAll(keepingCapacity: true)
        rawFields.removeAll(keepingCapacity: true)
        null.removeAll(keepingCapacity: true)
        fieldsAreInput = false
    }

    mutating func closeField(textStart: Int, rawRange: Range<Int>, null isNull: Bool = false) {
        fields.append(textStart..<text.count)
        rawFields.append(rawRange)
        null.append(isNull)
    }
}

/// A row a reader could not cut into fields (bad quoting, malformed JSON).
struct LoadRejection: Error {
    var line: Int
    var raw: Range<Int>
    var code: Int32
    var reason: String
}

/// What a format reader yields next.
enum ReadOutcome {
    case record
    case rejected(LoadRejection)
    case end
}

/// Cuts a file's bytes into records; one implementation per format.
protocol RecordReader {
    mutating func next(into record: inout LoadRecord) -> ReadOutcome
}

/// Line bookkeeping the text formats share: skipping the header and blank lines, and finding
/// the end of a line to resynchronize after a rejected row. A cursor reads `bytes` up to `end`,
/// so a chunk of a file is read in place; `line` counts from the chunk's start.
struct LineCursor {
    let bytes: [UInt8]
    var position: Int
    let end: Int
    var line = 1

    init(_ bytes: [UInt8]) {
        self.init(bytes, in: bytes.indices)
    }

    init(_ bytes: [UInt8], in range: Range<Int>) {
        self.bytes = bytes
        position = range.lowerBound
        end = range.upperBound
    }

    var atEnd: Bool { position >= end }

    /// Skips `count` lines (IGNOREHEADER: the first lines of each file).
    mutating func skipLines(_ count: Int) {
        for _ in 0..<count where !atEnd { skipLine() }
    }

    /// Moves past the next newline (or to the end).
    mutating func skipLine() {
        while position < end, bytes[position] != 0x0A { position += 1 }
        if position < end { position += 1 }
        line += 1
    }

    /// Whether the line at the cursor is empty (`\n` or `\r\n` alone).
    var atBlankLine: Bool {
        guard position < end else { return false }
        if bytes[position] == 0x0A { return true }
        return bytes[position] == 0x0D && position + 1 < end && bytes[position + 1] == 0x0A
    }

    /// The end of the record's raw text without its line terminator.
    func trimmedEnd(_ start: Int, _ end: Int) -> Int {
        var end = end
        if end > start, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }
}
