import Foundation

/// The shape of a JSON value: object keys (sorted) with their shapes, a list's first element,
/// and the kind of each scalar. Two outputs with the same shape differ only in values.
indirect enum JSONShape: Decodable, Equatable, CustomStringConvertible {
    case bool, number, string, null
    case list(JSONShape?)
    case object([String: JSONShape])

    static func of(_ json: String) throws -> JSONShape {
        try JSONDecoder().decode(JSONShape.self, from: Data(json.utf8))
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if (try? container.decode(Bool.self)) != nil {
            self = .bool
        } else if (try? container.decode(Double.self)) != nil {
            self = .number
        } else if (try? container.decode(String.self)) != nil {
            self = .string
        } else if let list = try? container.decode([JSONShape].self) {
            self = .list(list.first)
        } else {
            self = .object(try container.decode([String: JSONShape].self))
        }
    }

    /// Whether the two shapes agree; an empty list agrees with any list, since one side may
    /// simply have nothing to list (moto reports a classic security group, real clusters none).
    func matches(_ other: JSONShape) -> Bool {
        switch (self, other) {
        case (.list(let mine), .list(let theirs)):
            guard let mine, let theirs else { return true }
            return mine.matches(theirs)
        case (.object(let mine), .object(let theirs)):
            return Set(mine.keys) == Set(theirs.keys) && mine.allSatisfy { theirs[$0.key].map($0.value.matches) ?? false }
        default:
            return self == other
        }
    }

    /// This shape without the members named `keys`, at any depth.
    func removing(_ keys: Set<String>) -> JSONShape {
        switch self {
        case .list(let element): .list(element?.removing(keys))
        case .object(let members): .object(members.filter { !keys.contains($0.key) }.mapValues { $0.removing(keys) })
        default: self
        }
    }

    var description: String {
        switch self {
        case .bool: "bool"
        case .number: "number"
        case .string: "string"
        case .null: "null"
        case .list(let element): "[\(element.map(\.description) ?? "")]"
        case .object(let members): "{" + members.keys.sorted().map { "\($0): \(members[$0]!)" }.joined(separator: ", ") + "}"
        }
    }
}
