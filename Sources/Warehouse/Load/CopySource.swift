/// The files a COPY reads: every object whose key starts with the FROM prefix (so `part`
/// also matches `part1`, `part10` and `part_old`, as on Redshift), or the entries of a manifest.
struct CopySource {
    struct File: Sendable {
        var location: S3Location
        var bytes: [UInt8]
    }

    let session: any LoadObjectSession
    let query: Int32
    let sessionID: Int32

    func files(from source: String, manifest: Bool) throws(SQLError) -> [File] {
        guard let location = S3Location(source) else {
            if source.hasPrefix("s3://") {
                throw SQLError(SQLState.invalidParameterValue, "Invalid S3 path '\(source)': expected s3://bucket/prefix")
            }
            throw SQLError(SQLState.featureNotSupported,
                           "COPY from '\(source)' is not supported by this engine yet: load from an s3://bucket/prefix")
        }
        return manifest ? try manifestFiles(location) : try prefixFiles(location)
    }

    private func prefixFiles(_ location: S3Location) throws(SQLError) -> [File] {
        // Keys ending in "/" are the console's folder markers, not data.
        let keys = try session.listKeys(bucket: location.bucket, prefix: location.key).filter { !$0.hasSuffix("/") }
        guard !keys.isEmpty else { throw LoadErrors.noSuchPrefix(location, query: query, session: sessionID) }
        var files: [File] = []
        for key in keys {
            let file = S3Location(bucket: location.bucket, key: key)
            guard let bytes = try session.read(bucket: file.bucket, key: file.key) else {
                throw LoadErrors.noSuchKey(file, query: query, session: sessionID)
            }
            files.append(File(location: file, bytes: bytes))
        }
        return files
    }

    /// `{"entries": [{"url": "s3://...", "mandatory": true}, ...]}`; a missing mandatory entry
    /// fails the COPY, a missing optional one is skipped, an entry listed twice loads twice.
    private func manifestFiles(_ location: S3Location) throws(SQLError) -> [File] {
        guard !location.key.isEmpty, !location.key.hasSuffix("/") else {
            throw LoadErrors.withDetail("COPY with MANIFEST parameter requires full path of an S3 object.", code: 8001,
                                        context: "\(location)", query: query, location: "s3_utility.cpp:356", session: sessionID)
        }
        guard let bytes = try session.read(bucket: location.bucket, key: location.key) else {
            throw LoadErrors.manifest("S3ServiceException:The specified key does not exist.,Status 404,Error NoSuchKey",
                                      location, query: query, session: sessionID)
        }
        var files: [File] = []
        for entry in try entries(bytes, location) {
            guard let url = S3Location(entry.url) else {
                throw LoadErrors.manifest("Invalid url in manifest: '\(entry.url)'", location, query: query, session: sessionID)
            }
            guard let data = try session.read(bucket: url.bucket, key: url.key) else {
                if entry.mandatory { throw LoadErrors.noSuchKey(url, query: query, session: sessionID) }
                continue
            }
            files.append(File(location: url, bytes: data))
        }
        return files
    }

    private func entries(_ bytes: [UInt8], _ location: S3Location) throws(SQLError) -> [(url: String, mandatory: Bool)] {
        var parser = JSONParser(bytes)
        let malformed = LoadErrors.manifest("the manifest is not valid JSON of the form {\"entries\": [{\"url\": ..., \"mandatory\": ...}]}",
                                            location, query: query, session: sessionID)
        guard let root = try? parser.parseValue(), case .object(let members) = root.kind,
              case .array(let list)? = members.first(where: { $0.key == "entries" })?.value.kind else { throw malformed }
        var entries: [(url: String, mandatory: Bool)] = []
        for element in list {
            guard case .object(let fields) = element.kind,
                  case .string(let url)? = fields.first(where: { $0.key == "url" })?.value.kind else { throw malformed }
            var mandatory = false
            if let flag = fields.first(where: { $0.key == "mandatory" })?.value.kind {
                guard case .boolean(let value) = flag else { throw malformed }
                mandatory = value
            }
            entries.append((String(decoding: url, as: UTF8.self), mandatory))
        }
        return entries
    }
}
