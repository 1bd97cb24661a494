/// One part of a `\copy` file (whole lines) parsed into typed columns on one core.
struct ClientCopyPart {
    struct Rows: Sendable {
        var columns: [ColumnVector]
        var count: Int
    }

    let targets: [TableColumn]
    var splitter: ClientCopyFieldSplitter

    /// The part's rows, or the error a row-by-row reader meets first in it.
    func parse(_ text: UnsafeMutableBufferPointer<UInt8>) -> Result<Rows, SQLError> {
        var splitter = splitter
        var columns = targets.map(ClientCopyColumn.init)
        // Invalid UTF-8 fails the load at its line; find that line only when there is one.
        let badLine = ClientCopyLines.isValidUTF8(UnsafeBufferPointer(text)) ? nil : firstInvalidLine(text)
        var failure: (row: Int, column: Int, error: SQLError)?
        var row = 0, start = 0
        reading: while start < text.count {
            let (range, next) = ClientCopyLines.line(in: text, from: start, to: text.count)
            start = next
            if range.lowerBound == badLine {
                failure = (row, -1, ClientCopyLoader.invalidEncoding)
                break
            }
            let line = UnsafeMutableBufferPointer(rebasing: text[range])
            do {
                try splitter.split(line)
            } catch {
                failure = (row, -1, error)
                break
            }
            var nullViolation: Int?
            for (index, field) in splitter.fields.enumerated() {
                if field.isNull {
                    columns[index].appendNull()
                    if columns[index].notNull, nullViolation == nil { nullViolation = index }
                    continue
                }
                do {
                    try columns[index].append(UnsafeBufferPointer(rebasing: line[field.start..<field.end]))
                } catch {
                    failure = (row, index, error)
                    break reading
                }
            }
            if let nullViolation {
                failure = (row, Int.max, Database.nullViolation(columns[nullViolation].name))
                break
            }
            row += 1
        }
        var vectors: [ColumnVector] = []
        for index in columns.indices {
            do {
                vectors.append(try columns[index].take())
            } catch {
                // A general column's cast found a bad value; it counts if it comes first.
                if failure.map({ (error.row, index) < ($0.row, $0.column) }) ?? true {
                    failure = (error.row, index, error.error)
                }
            }
        }
        if let failure { return .failure(failure.error) }
        return .success(Rows(columns: vectors, count: row))
    }

    /// The start of the first line that is not valid UTF-8.
    private func firstInvalidLine(_ text: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var start = 0
        while start < text.count {
            let (range, next) = ClientCopyLines.line(in: text, from: start, to: text.count)
            if !ClientCopyLines.isValidUTF8(UnsafeBufferPointer(rebasing: text[range])) { return range.lowerBound }
            start = next
        }
        return nil
    }
}
