import Foundation

/// create/get/get-crawlers/update/delete of crawlers, start-crawler and stop-crawler, and
/// get-crawler-metrics.
enum CrawlerOperations {
    static let updateBehaviors = ["LOG", "UPDATE_IN_DATABASE"]
    static let deleteBehaviors = ["LOG", "DELETE_FROM_DATABASE", "DEPRECATE_IN_DATABASE"]

    @Sendable static func create(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let name = request.string("Name")
        try GlueErrors.validateName(name, member: "name")
        if try GlueCrawler.find(name, world.db) != nil { throw GlueErrors.alreadyExists("Crawler with name \(name) already exists") }
        var definition: AWSValue = .object([
            "Name": .string(name),
            "CreationTime": GlueTime.value(world.now),
            "LastUpdated": GlueTime.value(world.now),
            "Version": .integer(1),
        ])
        definition = try configured(definition, by: request, requireAll: true)
        try GlueCrawler(name: name, definition: definition, now: world.now).save(world.db)
        return .empty
    }

    @Sendable static func get(_ request: OperationRequest) throws -> OperationResult {
        let crawler = try GlueCrawler.existing(request.string("Name"), request.world.db)
        return OperationResult(.object(["Crawler": crawler.value(at: request.world.now)]))
    }

    @Sendable static func list(_ request: OperationRequest) throws -> OperationResult {
        let now = request.world.now
        return OperationResult(try GluePaging.page(try GlueCrawler.all(request.world.db), key: \.name, resultKey: "Crawlers",
                                                   request: request, defaultLimit: 1000, maxLimit: 1000) { $0.value(at: now) })
    }

    /// Changes the members given; a running crawler cannot be changed.
    @Sendable static func update(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        var crawler = try GlueCrawler.existing(request.string("Name"), world.db)
        guard crawler.state == .ready else {
            throw GlueErrors.crawlerRunning("Cannot update Crawler while running. Please stop crawl or wait until it completes to update.")
        }
        var definition = try configured(crawler.definition, by: request, requireAll: false)
        definition = GlueDocument.setting("LastUpdated", GlueTime.value(world.now), in: definition)
        definition = GlueDocument.setting("Version", .integer((crawler.definition["Version"]?.integerValue ?? 1) + 1), in: definition)
        crawler.definition = definition
        try crawler.save(world.db)
        return .empty
    }

    @Sendable static func delete(_ request: OperationRequest) throws -> OperationResult {
        let crawler = try GlueCrawler.existing(request.string("Name"), request.world.db)
        guard crawler.state == .ready else {
            throw GlueErrors.crawlerRunning("Cannot delete Crawler while running. Please stop crawl or wait until it completes to delete.")
        }
        try crawler.delete(request.world.db)
        return .empty
    }

    /// Starts a run whose length grows with the data under the targets; the crawl itself happens
    /// when the run's time is up (`CrawlerProcess`).
    @Sendable static func start(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        var crawler = try GlueCrawler.existing(request.string("Name"), world.db) { "Crawler with name \($0) does not exist" }
        guard crawler.state == .ready else { throw GlueErrors.crawlerRunning("Crawler with name \(crawler.name) has already started") }
        let bytes = try GlueWorkDuration.bytes(under: crawler.s3Targets.map(\.path), world.db)
        crawler.state = .running
        crawler.stateSince = world.now
        crawler.runStarted = world.now
        crawler.runEnds = world.now.addingTimeInterval(GlueWorkDuration.seconds(forBytes: bytes))
        try crawler.save(world.db)
        return .empty
    }

    /// Cancels a running crawl: nothing it found is written, and the crawler stops.
    @Sendable static func stop(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        var crawler = try GlueCrawler.existing(request.string("Name"), world.db) { "Crawler with name \($0) does not exist" }
        switch crawler.state {
        case .ready:
            throw ServiceError("CrawlerNotRunningException", "Crawler with name \(crawler.name) isn't running.")
        case .stopping:
            throw ServiceError("CrawlerStoppingException", "Crawler with name \(crawler.name) is stopping.")
        case .running:
            crawler.lastCrawl = CrawlerProcess.lastCrawl(crawler, status: "CANCELLED", error: nil, started: crawler.runStarted ?? world.now)
            crawler.state = .stopping
            crawler.stateSince = world.now
            crawler.runEnds = nil
            try crawler.save(world.db)
            return .empty
        }
    }

    @Sendable static func metrics(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        var crawlers = try GlueCrawler.all(world.db)
        if let names = request["CrawlerNameList"]?.listValue?.compactMap(\.stringValue) {
            crawlers = crawlers.filter { names.contains($0.name) }
        }
        return OperationResult(try GluePaging.page(crawlers, key: \.name, resultKey: "CrawlerMetricsList", request: request,
                                                   defaultLimit: 1000, maxLimit: 1000) { crawler in
            let runtimes = crawler.runtimes
            let left = crawler.state == .running ? max(0, crawler.runEnds?.timeIntervalSince(world.now) ?? 0) : 0
            return .object([
                "CrawlerName": .string(crawler.name),
                "TimeLeftSeconds": .double(left),
                "StillEstimating": .bool(false),
                "LastRuntimeSeconds": .double(runtimes.last ?? 0),
                "MedianRuntimeSeconds": .double(median(runtimes)),
                "TablesCreated": .integer(crawler.metric("TablesCreated")),
                "TablesUpdated": .integer(crawler.metric("TablesUpdated")),
                "TablesDeleted": .integer(crawler.metric("TablesDeleted")),
            ])
        })
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// `definition` with the members `request` gives, validated. `requireAll` (create) needs a
    /// role and at least one S3 target.
    private static func configured(_ definition: AWSValue, by request: OperationRequest, requireAll: Bool) throws -> AWSValue {
        var definition = definition
        if let role = request["Role"]?.stringValue {
            guard try GlueRoleAccess.existingRoleARN(role, request.world) != nil else {
                throw GlueErrors.invalidInput("Service is unable to assume provided role. Please verify role's TrustPolicy. Role \(role) does not exist.")
            }
            definition = GlueDocument.setting("Role", .string(role), in: definition)
        }
        if let targets = request["Targets"] {
            let s3 = targets["S3Targets"]?.listValue ?? []
            guard !s3.isEmpty else { throw GlueErrors.invalidInput("Crawler must have at least one S3 target (S3Targets).") }
            for target in s3 {
                let path = target["Path"]?.stringValue ?? ""
                guard path.hasPrefix("s3://"), path.count > 5 else {
                    throw GlueErrors.invalidInput("Invalid S3 target path: \(path). Expected s3://bucket/prefix/")
                }
            }
            definition = GlueDocument.setting("Targets", .object(["S3Targets": .list(s3)]), in: definition)
        } else if requireAll {
            throw GlueErrors.invalidInput("Crawler must have at least one S3 target (S3Targets).")
        }
        for member in ["DatabaseName", "Description"] where request[member] != nil {
            definition = GlueDocument.setting(member, request[member], in: definition)
        }
        if let prefix = request["TablePrefix"]?.stringValue {
            guard prefix.count <= 128 else {
                throw GlueErrors.invalidInput("1 validation error detected: Value at 'tablePrefix' failed to satisfy constraint: "
                                              + "Member must have length less than or equal to 128")
            }
            definition = GlueDocument.setting("TablePrefix", .string(prefix), in: definition)
        }
        if let policy = request["SchemaChangePolicy"] {
            let update = policy["UpdateBehavior"]?.stringValue ?? "UPDATE_IN_DATABASE"
            let delete = policy["DeleteBehavior"]?.stringValue ?? "DEPRECATE_IN_DATABASE"
            guard updateBehaviors.contains(update) else {
                throw GlueErrors.invalidInput("Invalid UpdateBehavior \(update): expected one of \(updateBehaviors.joined(separator: ", "))")
            }
            guard deleteBehaviors.contains(delete) else {
                throw GlueErrors.invalidInput("Invalid DeleteBehavior \(delete): expected one of \(deleteBehaviors.joined(separator: ", "))")
            }
            definition = GlueDocument.setting("SchemaChangePolicy", .object(["UpdateBehavior": .string(update), "DeleteBehavior": .string(delete)]),
                                              in: definition)
        }
        return definition
    }
}
