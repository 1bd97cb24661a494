/// The JMESPath built-in functions queries over AWS responses use most; a wrong argument type
/// yields null rather than an error.
enum JMESPathFunctions {
    static func call(_ name: String, _ arguments: [JMESPath], on value: AWSValue) -> AWSValue {
        let values = arguments.map { argument -> AWSValue in
            if case .expressionReference = argument { return .null }
            return argument.search(value)
        }
        switch (name, values.count) {
        case ("length", 1):
            switch values[0] {
            case .string(let text): return .integer(text.count)
            case .list(let items): return .integer(items.count)
            case .object(let members): return .integer(members.count)
            default: return .null
            }
        case ("keys", 1): return values[0].members.map { .list($0.map { .string($0.name) }) } ?? .null
        case ("values", 1): return values[0].members.map { .list($0.map(\.value)) } ?? .null
        case ("reverse", 1):
            if case .string(let text) = values[0] { return .string(String(text.reversed())) }
            return values[0].listValue.map { .list($0.reversed()) } ?? .null
        case ("sort", 1): return values[0].listValue.map { .list(sorted($0, by: { $0 })) } ?? .null
        case ("sort_by", 2):
            guard let items = values[0].listValue, case .expressionReference(let key) = arguments[1] else { return .null }
            return .list(sorted(items, by: key.search))
        case ("max_by", 2), ("min_by", 2):
            guard let items = values[0].listValue, case .expressionReference(let key) = arguments[1] else { return .null }
            let ordered = sorted(items, by: key.search)
            return (name == "max_by" ? ordered.last : ordered.first) ?? .null
        case ("max", 1), ("min", 1):
            guard let items = values[0].listValue else { return .null }
            let ordered = sorted(items, by: { $0 })
            return (name == "max" ? ordered.last : ordered.first) ?? .null
        case ("sum", 1):
            guard let items = values[0].listValue else { return .null }
            let numbers = items.compactMap(JMESPath.number)
            if items.allSatisfy({ $0.integerValue != nil }) { return .integer(items.compactMap(\.integerValue).reduce(0, +)) }
            return .double(numbers.reduce(0, +))
        case ("avg", 1):
            guard let items = values[0].listValue, !items.isEmpty else { return .null }
            return .double(items.compactMap(JMESPath.number).reduce(0, +) / Double(items.count))
        case ("contains", 2):
            if case .string(let text) = values[0], case .string(let part) = values[1] { return .bool(text.contains(part)) }
            return values[0].listValue.map { items in .bool(items.contains { JMESPath.equal($0, values[1]) }) } ?? .null
        case ("starts_with", 2), ("ends_with", 2):
            guard case .string(let text) = values[0], case .string(let part) = values[1] else { return .null }
            return .bool(name == "starts_with" ? text.hasPrefix(part) : text.hasSuffix(part))
        case ("join", 2):
            guard case .string(let separator) = values[0], let items = values[1].listValue else { return .null }
            return .string(items.compactMap(\.stringValue).joined(separator: separator))
        case ("to_string", 1):
            if case .string = values[0] { return values[0] }
            return .string(JSONWriter.compact(values[0]).replacingOccurrences(of: ", ", with: ",").replacingOccurrences(of: ": ", with: ":"))
        case ("to_number", 1):
            if JMESPath.number(values[0]) != nil { return values[0] }
            guard case .string(let text) = values[0] else { return .null }
            if let integer = Int(text) { return .integer(integer) }
            return Double(text).map(AWSValue.double) ?? .null
        case ("type", 1):
            switch values[0] {
            case .null: return .string("null")
            case .bool: return .string("boolean")
            case .integer, .double: return .string("number")
            case .string, .blob: return .string("string")
            case .list: return .string("array")
            case .object: return .string("object")
            }
        case ("not_null", _): return values.first { $0 != .null } ?? .null
        default: return .null
        }
    }

    /// Numbers by value, strings in order; lists mixing other types keep their order.
    private static func sorted(_ items: [AWSValue], by key: (AWSValue) -> AWSValue) -> [AWSValue] {
        items.enumerated().sorted { a, b in
            let (x, y) = (key(a.element), key(b.element))
            if let m = JMESPath.number(x), let n = JMESPath.number(y) { return m == n ? a.offset < b.offset : m < n }
            if case .string(let m) = x, case .string(let n) = y { return m == n ? a.offset < b.offset : m < n }
            return a.offset < b.offset
        }.map(\.element)
    }
}
