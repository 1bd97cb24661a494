import Foundation

/// A request or response value as the AWS CLI handles it: the JSON data model plus blobs, with
/// object members kept in order, because the CLI prints members in the order the service model
/// lists them and learners compare what they see with the real CLI's output.
public enum AWSValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case double(Double)
    case string(String)
    case blob(Data)
    case list([AWSValue])
    case object([Member])

    /// One named member of an object.
    public struct Member: Sendable, Equatable {
        public var name: String
        public var value: AWSValue

        public init(_ name: String, _ value: AWSValue) {
            self.name = name
            self.value = value
        }
    }

    /// The member called `name` of an object; nil for absent members and non-objects.
    public subscript(name: String) -> AWSValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.name == name }?.value
    }

    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public var integerValue: Int? {
        if case .integer(let number) = self { return number }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }

    public var listValue: [AWSValue]? {
        if case .list(let items) = self { return items }
        return nil
    }

    public var members: [Member]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// An object from name/value pairs, leaving out the nil ones: services omit absent members.
    public static func object(_ pairs: KeyValuePairs<String, AWSValue?>) -> AWSValue {
        .object(pairs.compactMap { name, value in value.map { Member(name, $0) } })
    }
}
