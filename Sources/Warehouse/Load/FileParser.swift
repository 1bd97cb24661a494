/// Parses one input file of a COPY into typed column vectors for the target columns, and the
/// rows it rejected. Files (and chunks of large delimited files) are independent, so a COPY
/// parses them in parallel (`ParallelLoad`).
struct FileParser {
    /// Rows per batch handed to the table.
    static let batchRows = 65_536

    /// One rejected row, before the COPY adds who, when and which query.
    struct Rejection: Sendable {
        var line: Int
        var columnName: String
        var type: String
        var columnLength: String
        var position: Int32
        var rawLine: String
        var rawFieldValue: String
        var code: Int32
        var reason: String
    }

    struct Result: Sendable {
        var batches: [[ColumnVector]] = []
        var rows = 0
        var rejections: [Rejection] = []
        var linesScanned = 0
        /// A failure that stops the whole COPY (a file that cannot be decompressed).
        var failure: SQLError?
    }

    let options: CopyOptions
    let targets: [TableColumn]
    let jsonPaths: [JSONPath]?
    /// Stop reading a file once it has this many rejections: the COPY fails anyway.
    let rejectionLimit: Int

    /// Parses `range` of a decompressed file: the whole file, or one chunk of it from
    /// `ParallelLoad.chunks(of:)` (only delimited files are cut; the other readers read the
    /// whole file); line numbers count from the range's start.
    func parse(_ bytes: [UInt8], in range: Range<Int>, skipsHeader: Bool) -> Result {
        var reader = makeReader(bytes, in: range, skipsHeader: skipsHeader)
        return bytes.withUnsafeBufferPointer { input in read(&reader, input) }
    }

    /// Reads every record `reader` cuts from `input` into typed batches. Generic, so each
    /// format's `next` is called directly rather than through the protocol.
    private func read<Reader: RecordReader>(_ reader: inout Reader, _ input: UnsafeBufferPointer<UInt8>) -> Result {
        var result = Result()
        let rules = LoadConversion(options)
        var columns = targets.map { LoadColumn($0, rules: rules) }
        var record = LoadRecord()
        var pending = 0
        reading: while true {
            switch reader.next(into: &record) {
            case .end:
                break reading
            case .rejected(let rejection):
                result.linesScanned += 1
                result.rejections.append(Rejection(line: rejection.line, columnName: "", type: "", columnLength: "",
                                                   position: -1, rawLine: Self.text(input, rejection.raw), rawFieldValue: "",
                                                   code: rejection.code, reason: rejection.reason))
            case .record:
                result.linesScanned += 1
                if let rejection = load(record, input, into: &columns) {
                    result.rejections.append(rejection)
                } else {
                    pending += 1
                    if pending == Self.batchRows {
                        result.batches.append(columns.indices.map { columns[$0].take() })
                        result.rows += pending
                        pending = 0
                    }
                }
            }
            if result.rejections.count >= rejectionLimit { break }
        }
        if pending > 0 {
            result.batches.append(columns.indices.map { columns[$0].take() })
            result.rows += pending
        }
        return result
    }

    private func makeReader(_ bytes: [UInt8], in range: Range<Int>, skipsHeader: Bool) -> any RecordReader {
        switch options.format {
        case .delimited(let delimiter): DelimitedReader(bytes, in: range, delimiter: delimiter, options: options, skipsHeader: skipsHeader)
        case .csv(let delimiter, let quote): CSVReader(bytes, delimiter: delimiter, quote: quote, options: options)
        case .fixedWidth(let widths): FixedWidthReader(bytes, widths: widths, options: options)
        case .json(let mapping):
            if let jsonPaths {
                JSONReader(bytes, mapping: .paths(jsonPaths))
            } else {
                JSONReader(bytes, mapping: .names(targets.map(\.name), ignoreCase: mapping.ignoresCase))
            }
        }
    }

    /// Appends one record's fields to the columns; on a bad field takes the row back and
    /// returns why. Fields are read through pointers, into the input or into the record's
    /// unquoted text.
    private func load(_ record: LoadRecord, _ input: UnsafeBufferPointer<UInt8>, into columns: inout [LoadColumn]) -> Rejection? {
        let count = record.fields.count
        if count > targets.count {
            return rejection(record, input, field: targets.count, code: 1202, reason: "Extra column(s) found", position: -1)
        }
        if count < targets.count, !options.fillRecord {
            return rejection(record, input, field: count, code: 1214, reason: "Delimiter not found", position: -1)
        }
        return record.text.withUnsafeBufferPointer { unquoted in
            let texts = record.fieldsAreInput ? input : unquoted
            for index in targets.indices {
                do throws(FieldError) {
                    try loadField(index, record, input, texts, into: &columns[index])
                } catch {
                    for previous in 0..<index { columns[previous].removeLast() }
                    return rejection(record, input, field: index, code: error.code, reason: error.reason, position: error.position)
                }
            }
            return nil
        }
    }

    private func loadField(_ index: Int, _ record: LoadRecord, _ input: UnsafeBufferPointer<UInt8>,
                           _ texts: UnsafeBufferPointer<UInt8>, into column: inout LoadColumn) throws(FieldError) {
        let isString = column.type.isString
        guard index < record.fields.count else {
            // FILLRECORD: a missing trailing field is NULL, or empty text for a string column.
            return isString && !options.emptyAsNull ? try column.append(UnsafeBufferPointer(start: nil, count: 0)) : try column.appendNull()
        }
        if record.null[index] { return try column.appendNull() }
        if case .json = options.format {} else {
            let raw = record.rawFields[index]
            if raw.count == options.nullText.count, input[raw].elementsEqual(options.nullText) { return try column.appendNull() }
        }
        let text = UnsafeBufferPointer(rebasing: texts[record.fields[index]])
        if text.isEmpty {
            return isString && !options.emptyAsNull ? try column.append(text) : try column.appendNull()
        }
        if isString, options.blanksAsNull, text.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            return try column.appendNull()
        }
        try column.append(text)
    }

    private func rejection(_ record: LoadRecord, _ input: UnsafeBufferPointer<UInt8>, field: Int, code: Int32, reason: String,
                           position: Int32) -> Rejection {
        let column = field < targets.count ? targets[field] : nil
        let rawField = field < record.rawFields.count ? Self.text(input, record.rawFields[field]) : ""
        return Rejection(line: record.line, columnName: column?.name ?? "", type: column.map { LoadTypeNames.type($0.type) } ?? "",
                         columnLength: column.map { LoadTypeNames.length($0.type) } ?? "", position: position,
                         rawLine: Self.text(input, record.raw), rawFieldValue: rawField, code: code, reason: reason)
    }

    /// Raw input as text for STL_LOAD_ERRORS (cut to the column's 1024 bytes' worth).
    private static func text(_ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: input[range].prefix(1024)), as: UTF8.self)
    }
}

extension CopyOptions.JSONMapping {
    var ignoresCase: Bool {
        if case .auto(ignoreCase: true) = self { return true }
        return false
    }
}
