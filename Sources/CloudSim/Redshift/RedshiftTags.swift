/// A Redshift resource's tags, in the order they were added, as `[{"Key": ..., "Value": ...}]`
/// (the shape of `--tags` and of every `Tags` member in responses). Stored as that JSON.
struct RedshiftTags: Equatable {
    private(set) var pairs: [(key: String, value: String)] = []

    init() {}

    init(json: String) {
        self.init(list: (try? JSONReader.parse(json))?.listValue ?? [])
    }

    /// From a `Tags` input list; a key given twice keeps its last value.
    init(list: [AWSValue]) {
        for tag in list { set(tag["Key"]?.stringValue ?? "", tag["Value"]?.stringValue ?? "") }
    }

    /// Redshift's limit of 50 tags per resource, and its key rules (1–128 characters, not `aws:`).
    static func validate(_ list: [AWSValue], adding existing: RedshiftTags = RedshiftTags()) throws {
        var merged = existing
        for tag in list {
            let key = tag["Key"]?.stringValue ?? ""
            guard !key.isEmpty, key.count <= 128, (tag["Value"]?.stringValue ?? "").count <= 256 else {
                throw ServiceError("InvalidTagFault", "Tag keys must be 1 to 128 characters and values at most 256 characters.")
            }
            guard !key.lowercased().hasPrefix("aws:") else {
                throw ServiceError("InvalidTagFault", "Tag keys must not start with 'aws:'.")
            }
            merged.set(key, tag["Value"]?.stringValue ?? "")
        }
        guard merged.pairs.count <= 50 else {
            throw ServiceError("TagLimitExceededFault", "You have exceeded the number of tags allowed.")
        }
    }

    mutating func set(_ key: String, _ value: String) {
        if let index = pairs.firstIndex(where: { $0.key == key }) {
            pairs[index].value = value
        } else {
            pairs.append((key, value))
        }
    }

    mutating func remove(_ keys: [String]) {
        pairs.removeAll { keys.contains($0.key) }
    }

    var value: AWSValue {
        .list(pairs.map { .object(["Key": .string($0.key), "Value": .string($0.value)]) })
    }

    var json: String { JSONWriter.compact(value) }

    static func == (lhs: RedshiftTags, rhs: RedshiftTags) -> Bool {
        lhs.pairs.map(\.key) == rhs.pairs.map(\.key) && lhs.pairs.map(\.value) == rhs.pairs.map(\.value)
    }
}
