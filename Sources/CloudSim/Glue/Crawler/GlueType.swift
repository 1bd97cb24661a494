import Foundation

/// A column type as a crawler infers it, printed as Glue's Hive type names (`bigint`,
/// `array<string>`, `struct<id:bigint,name:string>`). Values that carry no evidence (empty CSV
/// fields, JSON nulls) infer no type (`nil`); a column with no evidence at all is a `string`.
indirect enum GlueType: Equatable, Sendable {
    case bigint
    case double
    case boolean
    case date
    case timestamp
    case string
    case array(GlueType?)
    case structure([Field])

    struct Field: Equatable, Sendable {
        var name: String
        var type: GlueType?
    }

    var hiveName: String {
        switch self {
        case .bigint: "bigint"
        case .double: "double"
        case .boolean: "boolean"
        case .date: "date"
        case .timestamp: "timestamp"
        case .string: "string"
        case .array(let element): "array<\(element?.hiveName ?? "string")>"
        case .structure(let fields): "struct<" + fields.map { "\($0.name):\($0.type?.hiveName ?? "string")" }.joined(separator: ",") + ">"
        }
    }

    /// The type both values fit: whole and fractional numbers widen to `double`, structures
    /// merge their fields, arrays unify their elements, and anything else falls back to `string`.
    static func unify(_ left: GlueType?, _ right: GlueType?) -> GlueType? {
        guard let left else { return right }
        guard let right else { return left }
        switch (left, right) {
        case _ where left == right: return left
        case (.bigint, .double), (.double, .bigint): return .double
        case (.date, .timestamp), (.timestamp, .date): return .timestamp
        case (.array(let a), .array(let b)): return .array(unify(a, b))
        case (.structure(let a), .structure(let b)): return .structure(merge(a, b))
        default: return .string
        }
    }

    /// Fields of both lists, in first-seen order, with the types of same-named fields unified.
    static func merge(_ left: [Field], _ right: [Field]) -> [Field] {
        var merged = left
        for field in right {
            if let index = merged.firstIndex(where: { $0.name == field.name }) {
                merged[index].type = unify(merged[index].type, field.type)
            } else {
                merged.append(field)
            }
        }
        return merged
    }

    /// The type of one CSV field as the CSV classifier reads it; empty fields carry no evidence.
    static func ofText(_ text: String) -> GlueType? {
        let value = text.trimmingCharacters(in: .whitespaces)
        if value.isEmpty { return nil }
        let lower = value.lowercased()
        if lower == "true" || lower == "false" { return .boolean }
        if value.wholeMatch(of: /[+-]?[0-9]+/) != nil { return Int64(value.trimmingPrefix("+")) != nil ? .bigint : .double }
        if value.wholeMatch(of: /[+-]?([0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)([eE][+-]?[0-9]+)?/) != nil { return .double }
        if value.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) != nil, isDate(value.prefix(10)) { return .date }
        if value.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?/) != nil,
           isDate(value.prefix(10)) { return .timestamp }
        return .string
    }

    /// The type of one JSON value.
    static func ofJSON(_ value: AWSValue) -> GlueType? {
        switch value {
        case .null: nil
        case .bool: .boolean
        case .integer: .bigint
        case .double: .double
        case .string, .blob: .string
        case .list(let items): .array(items.map(ofJSON).reduce(nil, unify))
        case .object(let members): .structure(fields(of: members))
        }
    }

    /// The fields of a JSON object; names that differ only in case are one field, as in Hive.
    static func fields(of members: [AWSValue.Member]) -> [Field] {
        members.reduce(into: []) { fields, member in
            fields = merge(fields, [Field(name: member.name.lowercased(), type: ofJSON(member.value))])
        }
    }

    private static func isDate(_ text: Substring) -> Bool {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), parts[2] >= 1 else { return false }
        let days = [31, parts[0] % 4 == 0 && (parts[0] % 100 != 0 || parts[0] % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return parts[2] <= days[parts[1] - 1]
    }
}
