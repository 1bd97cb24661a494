/// Applies every bucket's lifecycle rules at the world's current time: an object whose
/// expiration is due is deleted; otherwise it moves to the coldest class whose transition is
/// due (never back up the waterfall). Running it again at the same time changes nothing.
struct S3LifecycleProcess: TimeDrivenProcess {
    func catchUp(_ world: WorldTransaction) throws {
        for bucket in try S3Bucket.withLifecycle(world.db) {
            let rules = (bucket.lifecycle?["Rules"]?.listValue ?? []).map(S3LifecycleRule.init).filter(\.isEnabled)
            guard !rules.isEmpty else { continue }
            let minimumSize = bucket.lifecycleMinimumSize ?? "all_storage_classes_128K"
            for var object in try S3Object.list(bucket: bucket.name, prefix: "", after: nil, world.db) {
                let matching = rules.filter { $0.applies(to: object) }
                if matching.contains(where: { rule in rule.expiration.map { $0.due(createdAt: object.lastModified) <= world.now } ?? false }) {
                    try object.delete(world)
                    continue
                }
                let due = matching.flatMap { rule in
                    rule.transitions.filter { schedule, target in
                        schedule.due(createdAt: object.lastModified) <= world.now
                            && rule.allowsTransition(size: object.size, to: target, minimumSize: minimumSize)
                    }.map(\.1)
                }
                if let coldest = due.max(), coldest > object.storageClass {
                    object.storageClass = coldest
                    object.restore = nil
                    try object.save(world.db)
                }
            }
        }
    }
}
