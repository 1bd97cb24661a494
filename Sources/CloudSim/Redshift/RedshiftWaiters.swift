/// `aws redshift wait cluster-available|cluster-deleted`, as botocore declares them: a
/// DescribeClusters call every 60 seconds, at most 30 times.
enum RedshiftWaiters {
    static let all = [clusterAvailable, clusterDeleted]

    /// Succeeds when every cluster is `available`; fails once one is `deleting`; retries while
    /// the cluster is not found yet.
    static let clusterAvailable = Waiter("ClusterAvailable", operation: RedshiftAPI.describeClusters,
                                         delaySeconds: 60, maxAttempts: 30) { answer in
        switch answer {
        case .failure(let error):
            return error.code == "ClusterNotFound" ? .retry : .failure(unexpected(error))
        case .success(let value):
            let states = statuses(value)
            if states.contains("deleting") { return .failure(matched("deleting")) }
            return !states.isEmpty && states.allSatisfy { $0 == "available" } ? .success : .retry
        }
    }

    /// Succeeds once the cluster is not found; fails if it is `creating` or `modifying`.
    static let clusterDeleted = Waiter("ClusterDeleted", operation: RedshiftAPI.describeClusters,
                                       delaySeconds: 60, maxAttempts: 30) { answer in
        switch answer {
        case .failure(let error):
            return error.code == "ClusterNotFound" ? .success : .failure(unexpected(error))
        case .success(let value):
            let states = statuses(value)
            if let bad = ["creating", "modifying"].first(where: states.contains) { return .failure(matched(bad)) }
            return states.isEmpty ? .success : .retry
        }
    }

    private static func statuses(_ value: AWSValue) -> [String] {
        (value["Clusters"]?.listValue ?? []).compactMap { $0["ClusterStatus"]?.stringValue }
    }

    private static func matched(_ state: String) -> String {
        "For expression \"Clusters[].ClusterStatus\" we matched expected path: \"\(state)\" at least once"
    }

    private static func unexpected(_ error: ServiceError) -> String {
        "An error occurred (\(error.code)): \(error.message)"
    }
}
