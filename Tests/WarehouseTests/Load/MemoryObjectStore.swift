import Warehouse

/// An object store held in memory for COPY tests: objects by bucket and key, and a role that
/// is either allowed everything or denied with the error a real check would give.
final class MemoryObjectStore: LoadObjectStore, LoadObjectSession {
    var objects: [String: [String: [UInt8]]] = [:]
    /// Roles `open` accepts; any other ARN is refused as Redshift refuses an unassumable role.
    var roles: Set<String> = ["arn:aws:iam::123456789012:role/loader"]
    var reads = 0

    func put(_ url: String, _ text: String) {
        put(url, Array(text.utf8))
    }

    func put(_ url: String, _ bytes: [UInt8]) {
        guard let location = S3Location(url) else { return }
        objects[location.bucket, default: [:]][location.key] = bytes
    }

    func open(_ credentials: LoadCredentials, region: String?) throws(SQLError) -> any LoadObjectSession {
        guard case .role(let arn?) = credentials, roles.contains(arn) else {
            throw SQLError("XX000", "User arn:aws:redshift:us-east-1:123456789012:dbuser:lab/awsuser is not authorized to assume IAM Role \(credentials)")
        }
        return self
    }

    func listKeys(bucket: String, prefix: String) throws(SQLError) -> [String] {
        (objects[bucket] ?? [:]).keys.filter { $0.hasPrefix(prefix) }.sorted()
    }

    func read(bucket: String, key: String) throws(SQLError) -> [UInt8]? {
        reads += 1
        return objects[bucket]?[key]
    }

    func write(bucket: String, key: String, bytes: [UInt8]) throws(SQLError) {
        objects[bucket, default: [:]][key] = bytes
    }
}

/// A database wired to a fresh memory store, and helpers the COPY tests share.
struct CopyFixture {
    let database = Database()
    let store = MemoryObjectStore()
    static let role = "iam_role 'arn:aws:iam::123456789012:role/loader'"

    init(_ ddl: String) throws {
        database.objectStore = store
        _ = try database.execute(ddl)
    }

    @discardableResult
    func run(_ sql: String) throws -> StatementResult {
        try database.execute(sql).last ?? StatementResult(commandTag: "")
    }

    func rows(_ sql: String) throws -> [[String]] {
        try run(sql).rows.map { $0.map { $0.isNull ? "NULL" : $0.text } }
    }

    /// Runs `sql` expecting an error; returns its message ("" when it succeeded).
    func failure(_ sql: String) -> String {
        do {
            try run(sql)
            return ""
        } catch let error as SQLError {
            return error.message
        } catch {
            return "\(error)"
        }
    }
}
