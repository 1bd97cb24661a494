#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cuts the lines of a psql `\copy` file into fields, in place: a field is a range of the line
/// (a quoted CSV field is unquoted over its own bytes, which only ever shrink), so reading a
/// file never copies a field or makes a `String` of it. An unquoted field spelled as the NULL
/// string is NULL; a quoted one never is. Every line must hold `width` fields, and PostgreSQL's
/// errors name what is missing or extra.
struct ClientCopyFieldSplitter {
    struct Field {
        var start: Int
        var end: Int
        var isNull: Bool
    }

    let delimiter: UInt8
    let csv: Bool
    let null: [UInt8]
    /// The names of the columns loaded, for `missing data for column "name"`.
    let names: [String]?
    var width: Int
    private(set) var fields: [Field] = []

    init(_ copy: ClientCopy, names: [String]?) throws(SQLError) {
        guard let delimiter = copy.delimiter.asciiValue else {
            throw SQLError(SQLState.syntaxError, "COPY delimiter must be a single one-byte character")
        }
        self.delimiter = delimiter
        csv = copy.csv
        null = Array(copy.null.utf8)
        self.names = names
        width = names?.count ?? 0
        fields.reserveCapacity(width)
    }

    /// Cuts `line` (without its line terminator) into `width` fields.
    mutating func split(_ line: UnsafeMutableBufferPointer<UInt8>) throws(SQLError) {
        fields.removeAll(keepingCapacity: true)
        let end = line.count, delimiter = delimiter
        var position = 0
        while true {
            guard fields.count < width else {
                throw SQLError("22P04", "extra data after last expected column")
            }
            if csv && position < end && line[position] == 0x22 {
                // `"a""b"c` is `a"b` then `c`: the text is written back over the field's own bytes.
                let start = position
                var write = position
                position += 1
                while position < end {
                    let byte = line[position]
                    position += 1
                    if byte != 0x22 {
                        line[write] = byte
                        write += 1
                    } else if position < end && line[position] == 0x22 {
                        line[write] = 0x22
                        write += 1
                        position += 1
                    } else {
                        break
                    }
                }
                while position < end && line[position] != delimiter {
                    line[write] = line[position]
                    write += 1
                    position += 1
                }
                fields.append(Field(start: start, end: write, isNull: false))
            } else {
                let start = position
                while position < end && line[position] != delimiter { position += 1 }
                fields.append(Field(start: start, end: position, isNull: isNull(line, start, position)))
            }
            guard position < end else { break }
            position += 1
        }
        if fields.count < width {
            let column = names.map { $0[fields.count] } ?? "\(fields.count + 1)"
            throw SQLError("22P04", "missing data for column \"\(column)\"")
        }
    }

    @inline(__always)
    private func isNull(_ line: UnsafeMutableBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start == null.count else { return false }
        for offset in 0..<null.count where line[start + offset] != null[offset] { return false }
        return true
    }

    /// How many fields a line holds (delimiters outside CSV quotes, plus one): the width of a
    /// file read without a column list.
    static func fieldCount(_ line: UnsafeMutableBufferPointer<UInt8>, delimiter: UInt8, csv: Bool) -> Int {
        var count = 1, quoted = false
        for byte in line {
            if csv && byte == 0x22 { quoted.toggle() } else if byte == delimiter && !quoted { count += 1 }
        }
        return count
    }
}

/// Lines of a buffer: `\n` ends a line, and a `\r` before it is not part of the line.
enum ClientCopyLines {
    /// The line starting at `start` (up to `end`) and where the next one starts.
    @inline(__always)
    static func line(in buffer: UnsafeMutableBufferPointer<UInt8>, from start: Int, to end: Int) -> (line: Range<Int>, next: Int) {
        guard let base = buffer.baseAddress, start < end else { return (start..<start, end) }
        var lineEnd = end, next = end
        if let found = memchr(base + start, 0x0A, end - start) {
            lineEnd = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            next = lineEnd + 1
        }
        if lineEnd > start && buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        return (start..<lineEnd, next)
    }

    /// Where the line holding `position` ends, past its `\n` (or `end`).
    static func nextLineStart(in buffer: UnsafeMutableBufferPointer<UInt8>, from position: Int, to end: Int) -> Int {
        line(in: buffer, from: position, to: end).next
    }

    /// Whether `bytes` is valid UTF-8; plain ASCII is checked without building anything.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var high: UInt8 = 0
        for byte in bytes { high |= byte }
        return high < 0x80 || String(validating: bytes, as: UTF8.self) != nil
    }
}

extension ClientCopy {
    /// The file's fields as text: for each batch of `Batch.preferredRowCount` rows, one string
    /// vector per field position. With `columns` (the names of the columns loaded) every line
    /// must have that many fields; without, the first line sets the width. (A load converts the
    /// fields straight into typed columns instead: `ClientCopyLoader`.)
    public func fields(of bytes: UnsafeBufferPointer<UInt8>, columns names: [String]? = nil) throws(SQLError) -> [[StringVector]] {
        var splitter = try ClientCopyFieldSplitter(self, names: names)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        defer { buffer.deallocate() }
        _ = buffer.initialize(from: bytes)
        var batches: [[StringVector]] = []
        var current: [StringVector] = []
        var start = 0, first = true
        while start < buffer.count {
            let (range, next) = ClientCopyLines.line(in: buffer, from: start, to: buffer.count)
            start = next
            let line = UnsafeMutableBufferPointer(rebasing: buffer[range])
            if first {
                first = false
                if header { continue }
            }
            guard ClientCopyLines.isValidUTF8(UnsafeBufferPointer(line)) else { throw ClientCopyLoader.invalidEncoding }
            if names == nil && splitter.width == 0 {
                splitter.width = ClientCopyFieldSplitter.fieldCount(line, delimiter: splitter.delimiter, csv: csv)
            }
            try splitter.split(line)
            if current.isEmpty { current = Array(repeating: StringVector(), count: splitter.width) }
            for (index, field) in splitter.fields.enumerated() {
                if field.isNull {
                    current[index].appendNull()
                } else {
                    current[index].append(bytes: UnsafeBufferPointer(rebasing: line[field.start..<field.end]))
                }
            }
            if current[0].count == Batch.preferredRowCount {
                batches.append(current)
                current = []
            }
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }
}
