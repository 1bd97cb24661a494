import Foundation

/// Writes what a crawl found into its database, following the crawler's schema change policy:
/// new tables and partitions are always created; a table whose schema changed is replaced
/// under `UPDATE_IN_DATABASE` and left alone under `LOG`; tables this crawler made before whose
/// data is gone are deleted (`DELETE_FROM_DATABASE`), marked deprecated
/// (`DEPRECATE_IN_DATABASE`, parameter `DEPRECATED_BY_CRAWLER`) or left alone (`LOG`).
struct CatalogWriter {
    struct Counts {
        var created = 0
        var updated = 0
        var deleted = 0
    }

    let crawler: GlueCrawler
    let database: GlueDatabase
    let roleARN: String
    let time: Date
    let world: WorldTransaction

    func write(_ tables: [CrawledTableDocument]) throws -> Counts {
        var counts = Counts()
        let deleting = crawler.deleteBehavior == "DELETE_FROM_DATABASE"
        for planned in tables {
            var table: GlueTable
            if let existing = try GlueTable.find(database: database.name, name: planned.name, world.db) {
                table = existing
                // A deprecated table whose data is back counts as changed, so the flag goes.
                let changed = CrawledTableDocument.signature(of: existing.document)
                    != CrawledTableDocument.signature(of: planned.tableInput) || existing.parameter("DEPRECATED_BY_CRAWLER") != nil
                if changed && crawler.updateBehavior == "UPDATE_IN_DATABASE" {
                    table = makeTable(planned, previous: existing)
                    try table.save(world.db)
                    counts.updated += 1
                }
            } else {
                table = makeTable(planned, previous: nil)
                try table.save(world.db)
                counts.created += 1
            }
            try writePartitions(of: planned, into: table, deleting: deleting)
        }
        let found = Set(tables.map(\.name))
        for table in try GlueTable.all(database: database.name, world.db)
        where table.parameter("UPDATED_BY_CRAWLER") == crawler.name && !found.contains(table.name) {
            switch crawler.deleteBehavior {
            case "DELETE_FROM_DATABASE":
                try table.delete(world.db)
                counts.deleted += 1
            case "DEPRECATE_IN_DATABASE" where table.parameter("DEPRECATED_BY_CRAWLER") == nil:
                var deprecated = table
                deprecated.document = GlueDocument.setting("Parameters", GlueDocument.map(table.parameters + [("DEPRECATED_BY_CRAWLER", crawler.name)]),
                                                           in: table.document)
                try deprecated.save(world.db)
            default:
                break
            }
        }
        return counts
    }

    private func makeTable(_ planned: CrawledTableDocument, previous: GlueTable?) -> GlueTable {
        let createdBy = "arn:aws:sts::\(world.account.id):assumed-role/\(roleARN.split(separator: "/").last ?? "")/AWS-Crawler"
        return GlueTable(databaseName: database.name, name: planned.name,
                         document: GlueTable.document(planned.tableInput, database: database.name, name: planned.name, now: time,
                                                      createdBy: createdBy, previous: previous, account: world.account))
    }

    /// New partitions are added when the table's partition keys still match what was found; under
    /// `DELETE_FROM_DATABASE` partitions whose folders are gone are removed.
    private func writePartitions(of planned: CrawledTableDocument, into table: GlueTable, deleting: Bool) throws {
        guard table.partitionKeys == planned.layout.partitionKeys else { return }
        for partition in planned.layout.partitions where try GluePartition.find(table, values: partition.values, world.db) == nil {
            try GluePartition(table: table, values: partition.values,
                              document: GluePartition.document(planned.partitionInput(partition), table: table, now: time,
                                                               account: world.account)).save(world.db)
        }
        guard deleting else { return }
        let found = planned.layout.partitions.map(\.values)
        for partition in try GluePartition.all(table, world.db) where !found.contains(partition.values) {
            try partition.delete(world.db)
        }
    }
}
