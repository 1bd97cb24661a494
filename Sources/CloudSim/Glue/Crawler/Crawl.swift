import Foundation

/// One crawl of a crawler's S3 targets when its run ends: reads every object under the include
/// paths as the crawler's role, classifies it (JSON, then CSV; other formats such as Parquet
/// are not read by this simulator and are left out), lays the results out as tables and
/// partitions, and writes them into the crawler's database.
struct Crawl {
    let crawler: GlueCrawler
    let time: Date
    let world: WorldTransaction

    /// Classifiers read the start of each object, as Glue's do.
    static let sampleBytes = 1_000_000

    func run() throws -> CatalogWriter.Counts {
        let access = try GlueRoleAccess(role: crawler.role, world)
        guard let databaseName = crawler.databaseName else {
            throw GlueRunFailure("Crawler configuration not valid: the crawler has no DatabaseName to write tables to.")
        }
        guard let database = try GlueDatabase.find(databaseName, world.db) else {
            throw GlueRunFailure("Database \(databaseName) not found.")
        }
        let reader = GlueS3Reader(access: access, world: world)
        var documents: [CrawledTableDocument] = []
        for target in crawler.s3Targets {
            let folder = try GlueS3Reader.Folder(target.path)
            let exclusions = target.exclusions.compactMap(ExclusionPattern.init)
            var objects: [TableLayout.Object] = []
            for object in try reader.objects(in: folder) {
                let relative = String(object.key.dropFirst(folder.prefix.count))
                guard !exclusions.contains(where: { $0.matches(relative) }) else { continue }
                guard let schema = Self.classify(try reader.body(of: object)) else { continue }
                objects.append(TableLayout.Object(path: relative.split(separator: "/").map(String.init), schema: schema))
            }
            for table in TableLayout.tables(rootName: TableLayout.sanitize(folder.name), objects: objects) {
                let location = folder.uri + table.folder.map { $0 + "/" }.joined()
                documents.append(CrawledTableDocument(name: uniqueName(crawler.tablePrefix.lowercased() + table.name, location: location,
                                                                       among: documents),
                                                      location: location, layout: table, crawlerName: crawler.name))
            }
        }
        return try CatalogWriter(crawler: crawler, database: database, roleARN: access.roleARN, time: time, world: world)
            .write(documents)
    }

    /// The schema of one object: JSON is tried before CSV, as in Glue's classifier order. The
    /// record count of a large object is estimated from its sample.
    static func classify(_ body: Data) -> InferredSchema? {
        guard !body.starts(with: Data("PAR1".utf8)) else { return nil }
        var sample = body.prefix(sampleBytes)
        if sample.count < body.count, let lastNewline = sample.lastIndex(of: UInt8(ascii: "\n")) {
            sample = sample[..<lastNewline]
        }
        guard let text = String(data: sample, encoding: .utf8) else { return nil }
        guard var schema = JSONClassifier.classify(text, size: body.count) ?? CSVClassifier.classify(text, size: body.count) else {
            return nil
        }
        if sample.count < body.count {
            schema.recordCount = Int(Double(schema.recordCount) * Double(body.count) / Double(max(sample.count, 1)))
        }
        return schema
    }

    /// Two tables found under different folders with the same name: the later one gets a suffix
    /// from its location, as Glue appends a hash.
    private func uniqueName(_ name: String, location: String, among documents: [CrawledTableDocument]) -> String {
        guard documents.contains(where: { $0.name == name }) else { return name }
        let hash = Checksums.md5Hex(Data(location.utf8)).prefix(8)
        return "\(name)_\(hash)"
    }
}
