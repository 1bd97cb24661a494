/// JSON input: root-level objects one after another (whitespace between them, no commas),
/// each a record. Fields come from the object by column name (`'auto'`: keys matched to the
/// lower-case column names, exactly or ignoring case) or by one JSONPath per column.
/// Strings load unquoted, numbers and booleans as written, nested objects and arrays as JSON
/// text, and `null` or a missing key as NULL.
struct JSONReader: RecordReader {
    enum Mapping {
        case names([String], ignoreCase: Bool)
        case paths([JSONPath])
    }

    private var parser: JSONParser
    private let mapping: Mapping
    private var line = 1

    init(_ bytes: [UInt8], mapping: Mapping) {
        parser = JSONParser(bytes)
        self.mapping = mapping
    }

    mutating func next(into record: inout LoadRecord) -> ReadOutcome {
        parser.skipWhitespace()
        guard parser.position < parser.bytes.count else { return .end }
        let start = parser.position
        let startLine = 1 + parser.newlines
        do {
            let root = try parser.parseValue()
            record.reset(line: 1 + parser.newlines, start: start)
            record.raw = root.raw
            try fill(&record, from: root)
            return .record
        } catch {
            // Resume at the next line that starts a record.
            while parser.position < parser.bytes.count, parser.bytes[parser.position] != 0x0A { parser.position += 1 }
            let end = parser.position
            return .rejected(LoadRejection(line: startLine, raw: start..<end, code: 1224, reason: error.isPathError
                                           ? "Invalid JSONPath format: \(error.message)" : "Invalid JSON: \(error.message)"))
        }
    }

    private func fill(_ record: inout LoadRecord, from root: JSONNode) throws(JSONParser.Failure) {
        switch mapping {
        case .names(let names, let ignoreCase):
            guard case .object(let members) = root.kind else {
                throw JSONParser.Failure(message: "a record must be a JSON object", position: root.raw.lowerBound)
            }
            for name in names {
                let member = members.last { ignoreCase ? $0.key.lowercased() == name : $0.key == name }
                append(member?.value, to: &record)
            }
        case .paths(let paths):
            for path in paths {
                switch path.select(in: root) {
                case .found(let node): append(node, to: &record)
                case .missing: append(nil, to: &record)
                case .notAnArray:
                    throw JSONParser.Failure(message: "Not an array or index out of range.", position: root.raw.lowerBound,
                                             isPathError: true)
                }
            }
        }
    }

    private func append(_ node: JSONNode?, to record: inout LoadRecord) {
        let textStart = record.text.count
        guard let node else {
            record.closeField(textStart: textStart, rawRange: record.raw.lowerBound..<record.raw.lowerBound, null: true)
            return
        }
        switch node.kind {
        case .string(let text): record.text.append(contentsOf: text)
        case .null: break
        default: record.text.append(contentsOf: parser.bytes[node.raw])
        }
        if case .null = node.kind {
            record.closeField(textStart: textStart, rawRange: node.raw, null: true)
        } else {
            record.closeField(textStart: textStart, rawRange: node.raw)
        }
    }
}

/// One JSONPaths expression: `$.a.b`, `$['a']['b']`, `$.arr[0]` (dot or bracket notation, no
/// wildcards or filters, as Redshift allows).
struct JSONPath {
    enum Step {
        case key(String)
        case index(Int)
    }

    let steps: [Step]

    init(_ text: String) throws(SQLError) {
        var bytes = Array(text.utf8)[...]
        guard bytes.first == UInt8(ascii: "$") else { throw Self.invalid(text) }
        bytes = bytes.dropFirst()
        var steps: [Step] = []
        while let first = bytes.first {
            if first == UInt8(ascii: ".") {
                bytes = bytes.dropFirst()
                let name = bytes.prefix { $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: "[") }
                guard !name.isEmpty, !name.contains(UInt8(ascii: "*")) else { throw Self.invalid(text) }
                steps.append(.key(String(decoding: name, as: UTF8.self)))
                bytes = bytes.dropFirst(name.count)
            } else if first == UInt8(ascii: "[") {
                guard let close = bytes.firstIndex(of: UInt8(ascii: "]")) else { throw Self.invalid(text) }
                let inside = bytes[bytes.index(after: bytes.startIndex)..<close]
                if inside.count >= 2, inside.first == UInt8(ascii: "'") || inside.first == UInt8(ascii: "\""),
                   inside.last == inside.first {
                    steps.append(.key(String(decoding: inside.dropFirst().dropLast(), as: UTF8.self)))
                } else if let index = Int(String(decoding: inside, as: UTF8.self)), index >= 0 {
                    steps.append(.index(index))
                } else {
                    throw Self.invalid(text)
                }
                bytes = bytes[bytes.index(after: close)...]
            } else {
                throw Self.invalid(text)
            }
        }
        guard !steps.isEmpty else { throw Self.invalid(text) }
        self.steps = steps
    }

    private static func invalid(_ text: String) -> SQLError {
        SQLError(SQLState.invalidParameterValue, "Invalid JSONPath format: \(text)")
    }

    /// What a path finds in a record.
    enum Selection {
        case found(JSONNode)
        /// A key is missing: the column is NULL.
        case missing
        /// An index step met no array or ran past its end: the row is rejected with
        /// `Invalid JSONPath format: Not an array or index out of range.`
        case notAnArray
    }

    func select(in root: JSONNode) -> Selection {
        var node = root
        for step in steps {
            switch (step, node.kind) {
            case (.key(let key), .object(let members)):
                guard let found = members.last(where: { $0.key == key }) else { return .missing }
                node = found.value
            case (.key, _):
                return .missing
            case (.index(let index), .array(let elements)):
                guard index < elements.count else { return .notAnArray }
                node = elements[index]
            case (.index, _):
                return .notAnArray
            }
        }
        return .found(node)
    }

    /// The expressions of a JSONPaths file, `{"jsonpaths": ["$.a", ...]}`; nil when the file's
    /// key is not `jsonpaths` (then Redshift silently loads as `'auto'`).
    static func file(_ bytes: [UInt8]) throws(SQLError) -> [JSONPath]? {
        var parser = JSONParser(bytes)
        let root: JSONNode
        do {
            root = try parser.parseValue()
        } catch {
            throw SQLError(SQLState.invalidParameterValue, "Invalid JSONPath format: \(error.message)")
        }
        guard case .object(let members) = root.kind else {
            throw SQLError(SQLState.invalidParameterValue, "Invalid JSONPath format: the file must hold a JSON object")
        }
        guard let list = members.first(where: { $0.key == "jsonpaths" })?.value else { return nil }
        guard case .array(let elements) = list.kind else {
            throw SQLError(SQLState.invalidParameterValue, "Invalid JSONPath format: jsonpaths must be an array")
        }
        return try elements.map { element throws(SQLError) in
            guard case .string(let text) = element.kind else {
                throw SQLError(SQLState.invalidParameterValue, "Invalid JSONPath format: each path must be a string")
            }
            return try JSONPath(String(decoding: text, as: UTF8.self))
        }
    }
}
