import Foundation

/// A small path language over JSON, enough for checks: `Rules[0].Status`, `Contents[*].Key`,
/// `Buckets[*].Name`. `[*]` fans out over an array; the empty path is the document itself.
public struct JSONPath: Sendable, Equatable, CustomStringConvertible {
    public enum Component: Sendable, Equatable {
        case key(String)
        case index(Int)
        case all
    }

    public let components: [Component]
    public let description: String

    public init(parsing text: String) throws(JSONPathError) {
        var components: [Component] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            if rest.first == "." {
                rest = rest.dropFirst()
                guard !rest.isEmpty, rest.first != ".", rest.first != "[" else { throw JSONPathError(text) }
            }
            if rest.first == "[" {
                guard let close = rest.firstIndex(of: "]") else { throw JSONPathError(text) }
                let inside = rest[rest.index(after: rest.startIndex)..<close]
                if inside == "*" {
                    components.append(.all)
                } else if let index = Int(inside), index >= 0 {
                    components.append(.index(index))
                } else {
                    throw JSONPathError(text)
                }
                rest = rest[rest.index(after: close)...]
            } else {
                let key = rest.prefix { $0 != "." && $0 != "[" }
                guard !key.isEmpty else { throw JSONPathError(text) }
                components.append(.key(String(key)))
                rest = rest.dropFirst(key.count)
            }
        }
        self.components = components
        description = text
    }

    /// Every value the path reaches in `document` (a JSONSerialization tree).
    public func values(in document: Any) -> [Any] {
        components.reduce([document]) { current, component in
            current.flatMap { value -> [Any] in
                switch component {
                case .key(let key): return (value as? [String: Any])?[key].map { [$0] } ?? []
                case .index(let index):
                    guard let array = value as? [Any], index < array.count else { return [] }
                    return [array[index]]
                case .all: return value as? [Any] ?? []
                }
            }
        }
    }
}

public struct JSONPathError: Error, Equatable, CustomStringConvertible {
    public let path: String
    init(_ path: String) { self.path = path }
    public var description: String { "'\(path)' is not a valid path (use Key.Key[0].Key or [*])" }
}
