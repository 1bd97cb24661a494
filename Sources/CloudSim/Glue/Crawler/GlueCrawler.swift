import Foundation
import GRDB

/// A crawler: its definition as `create-crawler` and `update-crawler` set it, and where it is
/// in its life. A started crawler is `RUNNING` until `runEnds` (time that grows with the data
/// under its targets), then `STOPPING` for `stoppingDuration`, then `READY` again.
struct GlueCrawler {
    enum State: String {
        case ready = "READY"
        case running = "RUNNING"
        case stopping = "STOPPING"
    }

    /// How long a crawler stays `STOPPING` after a crawl ends or is stopped.
    static let stoppingDuration: TimeInterval = 15

    let name: String
    var definition: AWSValue
    var state: State
    var stateSince: Date
    var runStarted: Date?
    var runEnds: Date?
    var lastCrawl: AWSValue?
    /// `TablesCreated`, `TablesUpdated`, `TablesDeleted` of the last finished crawl, and
    /// `Runtimes`, the seconds each finished crawl took.
    var metrics: AWSValue

    init(name: String, definition: AWSValue, now: Date) {
        self.name = name
        self.definition = definition
        state = .ready
        stateSince = now
        metrics = .object([])
    }

    private init(row: Row) {
        name = row["name"]
        definition = GlueDocument.decode(row["definition"])
        state = State(rawValue: row["state"]) ?? .ready
        stateSince = Date(timeIntervalSince1970: row["state_since"])
        runStarted = (row["run_started"] as Double?).map(Date.init(timeIntervalSince1970:))
        runEnds = (row["run_ends"] as Double?).map(Date.init(timeIntervalSince1970:))
        lastCrawl = (row["last_crawl"] as String?).map(GlueDocument.decode)
        metrics = GlueDocument.decode(row["metrics"])
    }

    static func find(_ name: String, _ db: Database) throws -> GlueCrawler? {
        try Row.fetchOne(db, sql: "SELECT * FROM glue_crawler WHERE name = ?", arguments: [name]).map(GlueCrawler.init(row:))
    }

    /// The crawler, or Glue's `EntityNotFoundException` in the words the operation uses.
    static func existing(_ name: String, _ db: Database, message: (String) -> String = { "Crawler entry with name \($0) does not exist" })
        throws -> GlueCrawler {
        guard let crawler = try find(name, db) else { throw GlueErrors.notFound(message(name)) }
        return crawler
    }

    static func all(_ db: Database) throws -> [GlueCrawler] {
        try Row.fetchAll(db, sql: "SELECT * FROM glue_crawler ORDER BY name").map(GlueCrawler.init(row:))
    }

    func save(_ db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO glue_crawler (name, definition, state, state_since, run_started, run_ends, last_crawl, metrics)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [name, GlueDocument.encode(definition), state.rawValue, stateSince.timeIntervalSince1970,
                             runStarted?.timeIntervalSince1970, runEnds?.timeIntervalSince1970,
                             lastCrawl.map(GlueDocument.encode), GlueDocument.encode(metrics)])
    }

    func delete(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM glue_crawler WHERE name = ?", arguments: [name])
    }

    var role: String { definition["Role"]?.stringValue ?? "" }
    var databaseName: String? { definition["DatabaseName"]?.stringValue }
    var tablePrefix: String { definition["TablePrefix"]?.stringValue ?? "" }
    var updateBehavior: String { definition["SchemaChangePolicy"]?["UpdateBehavior"]?.stringValue ?? "UPDATE_IN_DATABASE" }
    var deleteBehavior: String { definition["SchemaChangePolicy"]?["DeleteBehavior"]?.stringValue ?? "DEPRECATE_IN_DATABASE" }

    /// The S3 include paths and their exclude patterns.
    var s3Targets: [(path: String, exclusions: [String])] {
        (definition["Targets"]?["S3Targets"]?.listValue ?? []).map {
            ($0["Path"]?.stringValue ?? "", ($0["Exclusions"]?.listValue ?? []).compactMap(\.stringValue))
        }
    }

    func metric(_ name: String) -> Int { metrics[name]?.integerValue ?? 0 }

    var runtimes: [Double] {
        (metrics["Runtimes"]?.listValue ?? []).compactMap { value in
            switch value {
            case .double(let seconds): seconds
            case .integer(let seconds): Double(seconds)
            default: nil
            }
        }
    }

    /// The `Crawler` structure at `now`, in model order.
    func value(at now: Date) -> AWSValue {
        let elapsed = state == .running ? runStarted.map { Int(now.timeIntervalSince($0) * 1000) } ?? 0 : 0
        return .object([
            "Name": .string(name),
            "Role": .string(role),
            "Targets": .object([
                "S3Targets": .list(s3Targets.map {
                    .object(["Path": .string($0.path), "Exclusions": .list($0.exclusions.map(AWSValue.string))])
                }),
                "JdbcTargets": .list([]), "MongoDBTargets": .list([]), "DynamoDBTargets": .list([]),
                "CatalogTargets": .list([]), "DeltaTargets": .list([]), "IcebergTargets": .list([]), "HudiTargets": .list([]),
            ]),
            "DatabaseName": databaseName.map(AWSValue.string),
            "Description": definition["Description"],
            "Classifiers": .list([]),
            "RecrawlPolicy": .object(["RecrawlBehavior": .string("CRAWL_EVERYTHING")]),
            "SchemaChangePolicy": .object(["UpdateBehavior": .string(updateBehavior), "DeleteBehavior": .string(deleteBehavior)]),
            "LineageConfiguration": .object(["CrawlerLineageSettings": .string("DISABLE")]),
            "State": .string(state.rawValue),
            "TablePrefix": definition["TablePrefix"],
            "CrawlElapsedTime": .integer(elapsed),
            "CreationTime": definition["CreationTime"],
            "LastUpdated": definition["LastUpdated"],
            "LastCrawl": lastCrawl,
            "Version": definition["Version"],
            "LakeFormationConfiguration": .object(["UseLakeFormationCredentials": .bool(false), "AccountId": .string("")]),
        ])
    }
}
