/// An `s3://bucket/key` address.
struct S3Address {
    let bucket: String
    let key: String

    init?(_ text: String) {
        guard text.hasPrefix("s3://") else { return nil }
        let rest = text.dropFirst(5)
        if let slash = rest.firstIndex(of: "/") {
            bucket = String(rest[..<slash])
            key = String(rest[rest.index(after: slash)...])
        } else {
            bucket = String(rest)
            key = ""
        }
    }

    init(bucket: String, key: String) {
        self.bucket = bucket
        self.key = key
    }

    var description: String { "s3://\(bucket)/\(key)" }
}
