/// Reading a `\copy` file's bytes into fields: one pass over the UTF-8 bytes, each field copied
/// once into column-major string vectors of `Batch.preferredRowCount` rows, so a load never
/// makes a `String` per value (TPC-H's lineitem at scale factor 1 is 96 million fields).
extension ClientCopy {
    /// The file's fields: for each batch of rows, one string vector per field position. With
    /// `columns` (the names of the columns loaded) every line must have that many fields, and
    /// PostgreSQL's errors name what is missing; without, the first line sets the width.
    public func fields(of bytes: UnsafeBufferPointer<UInt8>, columns names: [String]? = nil) throws(SQLError) -> [[StringVector]] {
        var batches: [[StringVector]] = []
        try forEachBatch(of: bytes, columns: names) { batch throws(SQLError) in batches.append(batch) }
        return batches
    }

    /// The file's fields batch by batch, each handed to `body` as soon as it is read, so a load
    /// holds one batch of text at a time beside the typed columns it builds.
    public func forEachBatch(of bytes: UnsafeBufferPointer<UInt8>, columns names: [String]? = nil,
                             _ body: ([StringVector]) throws(SQLError) -> Void) throws(SQLError) {
        guard let delimiter = delimiter.asciiValue else {
            throw SQLError(SQLState.syntaxError, "COPY delimiter must be a single one-byte character")
        }
        let null = Array(null.utf8)
        var width = names?.count
        var current: [StringVector] = []
        var lineStart = 0, lineNumber = 0
        var quotedField: [UInt8] = []
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd + 1
            if lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            lineNumber += 1
            defer { lineStart = next }
            if header && lineNumber == 1 { continue }
            if width == nil { width = Self.fieldCount(bytes, lineStart, lineEnd, delimiter: delimiter, csv: csv) }
            let expected = width ?? 0
            if current.isEmpty { current = Array(repeating: StringVector(), count: expected) }
            var position = lineStart, field = 0
            while true {
                guard field < expected else {
                    throw SQLError("22P04", "extra data after last expected column")
                }
                if csv && position < lineEnd && bytes[position] == 0x22 {
                    quotedField.removeAll(keepingCapacity: true)
                    position += 1
                    while position < lineEnd {
                        let byte = bytes[position]
                        position += 1
                        if byte != 0x22 {
                            quotedField.append(byte)
                        } else if position < lineEnd && bytes[position] == 0x22 {
                            quotedField.append(0x22)
                            position += 1
                        } else {
                            break
                        }
                    }
                    while position < lineEnd && bytes[position] != delimiter {
                        quotedField.append(bytes[position])
                        position += 1
                    }
                    current[field].append(bytes: quotedField)
                } else {
                    let start = position
                    while position < lineEnd && bytes[position] != delimiter { position += 1 }
                    let value = UnsafeBufferPointer(rebasing: bytes[start..<position])
                    if value.elementsEqual(null) { current[field].appendNull() } else { current[field].append(bytes: value) }
                }
                field += 1
                guard position < lineEnd else { break }
                position += 1
            }
            if field < expected {
                let column = names.map { $0[field] } ?? "\(field + 1)"
                throw SQLError("22P04", "missing data for column \"\(column)\"")
            }
            if current.first?.count == Batch.preferredRowCount {
                try Self.checkEncoding(current)
                try body(current)
                current = []
            }
        }
        if current.first.map({ $0.count > 0 }) == true {
            try Self.checkEncoding(current)
            try body(current)
        }
    }

    /// How many fields a line holds (delimiters outside CSV quotes, plus one).
    private static func fieldCount(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, delimiter: UInt8, csv: Bool) -> Int {
        var count = 1, quoted = false
        for index in start..<end {
            let byte = bytes[index]
            if csv && byte == 0x22 { quoted.toggle() } else if byte == delimiter && !quoted { count += 1 }
        }
        return count
    }

    /// Redshift loads only valid UTF-8; the check runs only over batches holding non-ASCII bytes.
    private static func checkEncoding(_ columns: [StringVector]) throws(SQLError) {
        for column in columns where column.bytes.contains(where: { $0 >= 0x80 }) {
            guard String(validating: column.bytes, as: UTF8.self) != nil else {
                throw SQLError("22021", "invalid byte sequence for encoding \"UTF8\"")
            }
        }
    }
}
