import Foundation

/// What a job run really does in this simulator. PySpark scripts are not run; instead a job
/// whose arguments name a source catalog table and a target S3 folder copies the table's rows
/// there, optionally trimmed and de-duplicated (docs/glue-jobs.md):
/// `--source_database`, `--source_table`, `--target_path`, `--target_format` (`csv`, the
/// default, or `json`), `--trim true`, `--dedupe true`. The output is one object,
/// `run-<start in ms>-part-r-00000`, under the target path.
struct DeclarativeJob {
    let sourceDatabase: String
    let sourceTable: String
    let targetPath: String
    let format: String
    let trim: Bool
    let dedupe: Bool

    /// The job the arguments describe; a failure says what is missing or wrong.
    init(arguments: [String: String]) throws {
        guard let database = arguments["--source_database"], let table = arguments["--source_table"],
              let target = arguments["--target_path"] else {
            throw GlueRunFailure("This simulator does not run job scripts. A job run reads a catalog table and writes S3 when its "
                                 + "arguments name --source_database, --source_table and --target_path (see docs/glue-jobs.md).")
        }
        sourceDatabase = database
        sourceTable = table
        targetPath = target
        format = arguments["--target_format"]?.lowercased() ?? "csv"
        guard format == "csv" || format == "json" else {
            throw GlueRunFailure("Unsupported --target_format \(format): expected csv or json.")
        }
        trim = try Self.flag(arguments, "--trim")
        dedupe = try Self.flag(arguments, "--dedupe")
    }

    private static func flag(_ arguments: [String: String], _ name: String) throws -> Bool {
        switch arguments[name]?.lowercased() {
        case nil, "false": return false
        case "true": return true
        case let other?: throw GlueRunFailure("Invalid value \(other) for \(name): expected true or false.")
        }
    }

    /// The catalog table the job reads.
    func table(_ world: WorldTransaction) throws -> GlueTable {
        guard let database = try GlueDatabase.find(sourceDatabase, world.db) else {
            throw GlueRunFailure("EntityNotFoundException: Database \(GlueDatabase.canonicalName(sourceDatabase)) not found.")
        }
        guard let table = try GlueTable.find(database: database.name, name: sourceTable, world.db) else {
            throw GlueRunFailure("EntityNotFoundException: Table \(GlueDatabase.canonicalName(sourceTable)) not found.")
        }
        return table
    }

    /// Reads, transforms and writes; returns the key written.
    @discardableResult
    func run(as access: GlueRoleAccess, started: Date, _ world: WorldTransaction) throws -> String {
        let reader = GlueS3Reader(access: access, world: world)
        let source = CatalogTableReader(table: try table(world), reader: reader)
        var rows = try source.rows()
        if trim {
            rows = rows.map { row in
                row.map { value in value.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 } }
            }
        }
        if dedupe {
            var seen = Set<[String?]>()
            rows = rows.filter { seen.insert($0).inserted }
        }
        let target = try GlueS3Reader.Folder(targetPath)
        guard try S3Bucket.find(target.bucket, world.db) != nil else {
            throw GlueRunFailure("The specified bucket does not exist (Service: Amazon S3; Status Code: 404; Error Code: NoSuchBucket): \(target.bucket)")
        }
        let key = target.prefix + "run-\(Int64(started.timeIntervalSince1970 * 1000))-part-r-00000"
        try access.require("s3:PutObject", on: "arn:aws:s3:::\(target.bucket)/\(key)")
        let body = format == "json" ? Self.jsonLines(rows, names: source.columnNames, types: source.columnTypes)
                                    : Self.csv(rows, names: source.columnNames)
        _ = try S3ObjectOperations.store(Data(body.utf8), bucket: target.bucket, key: key,
                                         contentType: format == "json" ? "application/json" : "text/csv", world)
        return key
    }

    /// CSV with a header row; values holding a comma, quote, line break or edge spaces are quoted.
    static func csv(_ rows: [[String?]], names: [String]) -> String {
        func field(_ value: String?) -> String {
            guard let value else { return "" }
            let needsQuotes = value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) || value.first == " " || value.last == " "
            return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
        }
        return ([names.map(field)] + rows.map { $0.map(field) }).map { $0.joined(separator: ",") + "\n" }.joined()
    }

    /// One JSON object per row; numbers and booleans typed by the column's catalog type, nulls left out.
    static func jsonLines(_ rows: [[String?]], names: [String], types: [String]) -> String {
        rows.map { row in
            // Spark's JSON writer: no spaces between members.
            let members = zip(names, zip(types, row)).compactMap { name, typed -> String? in
                guard let text = typed.1 else { return nil }
                return JSONWriter.quote(name) + ":" + JSONWriter.compact(typedValue(text, type: typed.0))
            }
            return "{" + members.joined(separator: ",") + "}\n"
        }.joined()
    }

    private static func typedValue(_ text: String, type: String) -> AWSValue {
        switch type {
        case "bigint", "int", "smallint", "tinyint": Int(text).map(AWSValue.integer) ?? .string(text)
        case "double", "float": Double(text).map(AWSValue.double) ?? .string(text)
        case "boolean": ["true", "false"].contains(text.lowercased()) ? .bool(text.lowercased() == "true") : .string(text)
        default: .string(text)
        }
    }
}
