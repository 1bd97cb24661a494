/// Where COPY reads its files and UNLOAD writes them: an object store (S3) and its access
/// control, given to the `Database` by its owner. The engine knows nothing of the simulated
/// cloud; the owner decides what a role is, whether it may be assumed and what it may touch,
/// and answers in Redshift's words (`SQLError`s the engine passes on unchanged).
public protocol LoadObjectStore: AnyObject {
    /// Checks that the statement's authorization may be used at all (the role exists, may be
    /// assumed by Redshift, ...) and returns the session every object access then goes through.
    func open(_ credentials: LoadCredentials, region: String?) throws(SQLError) -> any LoadObjectSession
}

/// Object access on behalf of one COPY or UNLOAD, each call checked against the permissions of
/// the credentials the session was opened with.
public protocol LoadObjectSession: AnyObject {
    /// Keys in `bucket` that start with `prefix`, in key order (needs `s3:ListBucket`).
    func listKeys(bucket: String, prefix: String) throws(SQLError) -> [String]
    /// The object's bytes (needs `s3:GetObject`); `nil` when no such key exists, so COPY can
    /// word the missing-file error for the context (manifest, data file).
    func read(bucket: String, key: String) throws(SQLError) -> [UInt8]?
    /// Creates or replaces an object (UNLOAD; needs `s3:PutObject`).
    func write(bucket: String, key: String, bytes: [UInt8]) throws(SQLError)
}

/// An `s3://bucket/key` location.
public struct S3Location: Sendable, Hashable, CustomStringConvertible {
    public var bucket: String
    public var key: String

    public init(bucket: String, key: String) {
        self.bucket = bucket
        self.key = key
    }

    /// Parses `s3://bucket/key`; nil for anything else.
    public init?(_ url: String) {
        guard url.hasPrefix("s3://") else { return nil }
        let rest = url.dropFirst(5)
        let bucket = rest.prefix { $0 != "/" }
        guard !bucket.isEmpty else { return nil }
        self.bucket = String(bucket)
        key = String(rest.dropFirst(bucket.count + 1))
    }

    public var description: String { "s3://\(bucket)/\(key)" }
}
