import Foundation

/// The states a cluster passes through, and how long each transitional one lasts in world
/// time: a new cluster is `creating` for five minutes, then `available`; pausing and resuming
/// take two minutes each, and so does a reboot; an elastic resize takes fifteen (a classic one
/// two hours: `Cluster.stateDuration`); a deleted cluster is `deleting` for one minute, then gone. Real clusters take similar minutes; `aws redshift wait` and
/// `lab clock advance` move past them.
enum ClusterStatus: String {
    case creating
    case available
    case pausing
    case paused
    case resuming
    case rebooting
    case resizing
    case deleting

    /// How long the state lasts before the next one, for transitional states.
    var duration: TimeInterval? {
        switch self {
        case .creating: 300
        case .pausing, .resuming, .rebooting: 120
        case .resizing: 900
        case .deleting: 60
        case .available, .paused: nil
        }
    }

    /// The state that follows a transitional one; nil after `deleting` (the cluster is gone).
    var next: ClusterStatus? {
        switch self {
        case .creating, .resuming, .rebooting, .resizing: .available
        case .pausing: .paused
        case .deleting, .available, .paused: nil
        }
    }

    /// `ClusterAvailabilityStatus`, the coarse view.
    var availabilityStatus: String {
        switch self {
        case .available: "Available"
        case .paused, .deleting: "Unavailable"
        case .creating, .pausing, .resuming, .rebooting, .resizing: "Modifying"
        }
    }
}

/// Moves clusters through their transitional states as world time passes.
struct ClusterLifecycleProcess: TimeDrivenProcess {
    func catchUp(_ world: WorldTransaction) throws {
        for var cluster in try Cluster.all(world.db) {
            while let duration = cluster.stateDuration, world.now >= cluster.statusSince.addingTimeInterval(duration) {
                try ClusterUsage.close(cluster, at: cluster.statusSince.addingTimeInterval(duration), world.db)
                guard let next = cluster.status.next else {
                    try cluster.delete(world.db)
                    try world.storage.removeCluster(cluster.id)
                    break
                }
                cluster.statusSince = cluster.statusSince.addingTimeInterval(duration)
                if cluster.status == .resizing, let target = cluster.resizeTarget {
                    cluster.nodeType = target.nodeType
                    cluster.numberOfNodes = target.numberOfNodes
                    cluster.resizeTarget = nil
                }
                cluster.status = next
                try cluster.save(world.db)
            }
        }
    }
}
