import GRDB

/// Glue's records are stored as their JSON documents; this reads and writes one column of them.
enum GlueDocument {
    static func encode(_ value: AWSValue) -> String {
        JSONWriter.compact(value)
    }

    /// A stored document; a damaged one reads as an empty object rather than stopping the world.
    static func decode(_ text: String) -> AWSValue {
        (try? JSONReader.parse(text)) ?? .object([])
    }

    /// `value` with member `name` set (added at the end when absent, else replaced in place);
    /// a nil value removes the member.
    static func setting(_ name: String, _ member: AWSValue?, in value: AWSValue) -> AWSValue {
        var members = value.members ?? []
        if let index = members.firstIndex(where: { $0.name == name }) {
            if let member { members[index].value = member } else { members.remove(at: index) }
        } else if let member {
            members.append(AWSValue.Member(name, member))
        }
        return .object(members)
    }

    /// The string map a `Parameters`-like member holds.
    static func stringMap(_ value: AWSValue?) -> [(String, String)] {
        (value?.members ?? []).compactMap { member in member.value.stringValue.map { (member.name, $0) } }
    }

    static func map(_ pairs: [(String, String)]) -> AWSValue {
        .object(pairs.map { AWSValue.Member($0.0, .string($0.1)) })
    }
}
