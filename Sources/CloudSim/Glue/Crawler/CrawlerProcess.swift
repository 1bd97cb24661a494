import Foundation
import GRDB

/// Moves crawlers through `RUNNING` → `STOPPING` → `READY` as world time passes. When a run's
/// time is up the crawl happens, and its outcome becomes the crawler's `LastCrawl` and metrics.
struct CrawlerProcess: TimeDrivenProcess {
    func catchUp(_ world: WorldTransaction) throws {
        for var crawler in try GlueCrawler.all(world.db) where crawler.state != .ready {
            if crawler.state == .running, let ends = crawler.runEnds, world.now >= ends {
                try finish(&crawler, at: ends, world)
            }
            if crawler.state == .stopping, world.now >= crawler.stateSince.addingTimeInterval(GlueCrawler.stoppingDuration) {
                crawler.state = .ready
                crawler.stateSince = crawler.stateSince.addingTimeInterval(GlueCrawler.stoppingDuration)
                crawler.runStarted = nil
                crawler.runEnds = nil
            }
            try crawler.save(world.db)
        }
    }

    private func finish(_ crawler: inout GlueCrawler, at ends: Date, _ world: WorldTransaction) throws {
        let started = crawler.runStarted ?? ends
        var counts = CatalogWriter.Counts()
        var failure: String?
        // In a savepoint: a crawl that fails half-way writes nothing, and any error ends this
        // crawl as FAILED instead of failing every later request to the world.
        do {
            try world.db.inSavepoint {
                counts = try Crawl(crawler: crawler, time: ends, world: world).run()
                return .commit
            }
        } catch let error as GlueRunFailure {
            failure = error.message
        } catch {
            counts = CatalogWriter.Counts()
            failure = "Internal service error: \(error)"
        }
        crawler.lastCrawl = Self.lastCrawl(crawler, status: failure == nil ? "SUCCEEDED" : "FAILED", error: failure, started: started)
        crawler.metrics = .object([
            "TablesCreated": .integer(counts.created),
            "TablesUpdated": .integer(counts.updated),
            "TablesDeleted": .integer(counts.deleted),
            "Runtimes": .list((crawler.runtimes + [ends.timeIntervalSince(started)]).map(AWSValue.double)),
        ])
        crawler.state = .stopping
        crawler.stateSince = ends
    }

    /// The `LastCrawlInfo` structure.
    static func lastCrawl(_ crawler: GlueCrawler, status: String, error: String?, started: Date) -> AWSValue {
        .object([
            "Status": .string(status),
            "ErrorMessage": error.map(AWSValue.string),
            "LogGroup": .string("/aws-glue/crawlers"),
            "LogStream": .string(crawler.name),
            "MessagePrefix": .string(UUID().uuidString.lowercased()),
            "StartTime": GlueTime.value(started),
        ])
    }
}
