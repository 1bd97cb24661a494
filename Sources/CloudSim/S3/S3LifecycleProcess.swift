import Foundation

/// Applies every bucket's lifecycle rules at the world's current time: an object whose
/// expiration is due is deleted; otherwise it moves to the coldest class whose transition is
/// due (never back up the waterfall). Running it again at the same time changes nothing.
/// Each move and expiry is dated when it fell due, not when the clock caught up, so the cost
/// meter bills each class for the time the object really spent in it.
struct S3LifecycleProcess: TimeDrivenProcess {
    func catchUp(_ world: WorldTransaction) throws {
        for bucket in try S3Bucket.withLifecycle(world.db) {
            let rules = (bucket.lifecycle?["Rules"]?.listValue ?? []).map(S3LifecycleRule.init).filter(\.isEnabled)
            guard !rules.isEmpty else { continue }
            let minimumSize = bucket.lifecycleMinimumSize ?? "all_storage_classes_128K"
            for var object in try S3Object.list(bucket: bucket.name, prefix: "", after: nil, world.db) {
                let matching = rules.filter { $0.applies(to: object) }
                let expiry = matching.compactMap { $0.expiration?.due(createdAt: object.lastModified) }.filter { $0 <= world.now }.min()
                if let expiry {
                    try object.delete(world, at: max(expiry, object.classSince))
                    continue
                }
                let due = matching.flatMap { rule in
                    rule.transitions.compactMap { schedule, target -> (Date, StorageClass)? in
                        let at = schedule.due(createdAt: object.lastModified)
                        guard at <= world.now, rule.allowsTransition(size: object.size, to: target, minimumSize: minimumSize) else {
                            return nil
                        }
                        return (at, target)
                    }
                }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
                var moved = false
                for (at, target) in due where target > object.storageClass {
                    let since = max(at, object.classSince)
                    try StorageUsage.close(object, at: since, world.db)
                    object.storageClass = target
                    object.classSince = since
                    moved = true
                }
                if moved {
                    object.restore = nil
                    try object.save(world.db)
                }
            }
        }
    }
}
