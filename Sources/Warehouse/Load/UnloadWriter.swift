/// Turns a query's rows into UNLOAD's files: the rows spread over the slices (PARALLEL ON,
/// files `<prefix>0000_part_00`, `<prefix>0001_part_00`, ...) or written in order (PARALLEL OFF,
/// `<prefix>000`, `<prefix>001`, ...), a new part whenever a file would pass MAXFILESIZE, each
/// file starting with the header line when asked, then compressed (`.gz`) with GZIP.
struct UnloadWriter {
    struct File {
        var key: String
        var bytes: [UInt8]
        var rows: Int
    }

    let options: UnloadOptions
    let names: [String]
    let types: [DataType]
    let slices: Int

    func files(_ rows: [[Datum]], prefix: String) throws(SQLError) -> [File] {
        var files: [File] = []
        let groups = options.parallel ? Self.split(rows.count, into: slices) : [0..<rows.count]
        var serial = 0
        for (slice, range) in groups.enumerated() where !range.isEmpty || (rows.isEmpty && slice == 0) {
            var part = 0
            var current = headerBytes()
            var count = 0
            func close() {
                let name = options.parallel ? prefix + Self.digits(slice, 4) + "_part_" + Self.digits(part, 2)
                    : prefix + Self.digits(serial, 3)
                files.append(File(key: name + (options.gzip ? ".gz" : ""), bytes: current, rows: count))
                part += 1
                serial += 1
                current = headerBytes()
                count = 0
            }
            for row in rows[range] {
                let line = self.line(row)
                if count > 0, current.count + line.count > options.maxFileSize { close() }
                current.append(contentsOf: line)
                count += 1
            }
            close()
        }
        if options.gzip {
            for index in files.indices { files[index].bytes = try Compression.gzip(files[index].bytes) }
        }
        return files
    }

    /// `{"entries": [{"url": "s3://...", "meta": {"content_length": n}}, ...]}`, as UNLOAD's manifest.
    static func manifest(_ files: [File], bucket: String) -> [UInt8] {
        let entries = files.map { file in
            "    {\"url\":\"\(JSONText.escaped("s3://\(bucket)/\(file.key)"))\",\"meta\":{\"content_length\":\(file.bytes.count)}}"
        }
        return Array("{\n  \"entries\": [\n\(entries.joined(separator: ",\n"))\n  ]\n}\n".utf8)
    }

    /// Contiguous, near-equal row ranges, one per slice.
    static func split(_ count: Int, into slices: Int) -> [Range<Int>] {
        (0..<slices).map { slice in count * slice / slices..<count * (slice + 1) / slices }
    }

    private static func digits(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    private func headerBytes() -> [UInt8] {
        guard options.header else { return [] }
        return line(names.map { Datum.string($0) })
    }

    private func line(_ row: [Datum]) -> [UInt8] {
        var text = ""
        switch options.format {
        case .delimited(let delimiter):
            let separator = String(UnicodeScalar(delimiter))
            text = row.map { value in
                guard !value.isNull else { return options.nullText }
                return options.addQuotes ? "\"" + value.text + "\"" : value.text
            }.joined(separator: separator)
        case .csv(let delimiter):
            text = row.map { value in
                value.isNull ? options.nullText : Self.csvField(value.text, delimiter: Character(UnicodeScalar(delimiter)))
            }.joined(separator: String(UnicodeScalar(delimiter)))
        case .json:
            let members = zip(names, zip(row, types)).map { name, pair in
                "\"\(JSONText.escaped(name))\":\(Self.jsonValue(pair.0, pair.1))"
            }
            text = "{" + members.joined(separator: ",") + "}"
        }
        return Array((text + "\n").utf8)
    }

    private static func csvField(_ text: String, delimiter: Character) -> String {
        guard text.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func jsonValue(_ value: Datum, _ type: DataType) -> String {
        switch value {
        case .null: return "null"
        case .boolean(let flag): return flag ? "true" : "false"
        case .smallint, .integer, .bigint, .decimal: return value.text
        case .real, .double:
            let text = value.text
            return Double(text)?.isFinite == true ? text : "\"\(text)\""
        default: return "\"\(JSONText.escaped(value.text))\""
        }
    }
}

/// JSON string escaping for what UNLOAD writes.
enum JSONText {
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
