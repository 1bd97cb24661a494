/// create-cluster-snapshot and describe-cluster-snapshots.
enum SnapshotOperations {
    @Sendable static func create(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let cluster = try Cluster.existing(request.string("ClusterIdentifier"), world.db)
        guard cluster.status == .available else {
            throw RedshiftErrors.invalidState("The specified cluster is not in the available state.")
        }
        let snapshot = try ClusterSnapshot.take(request.string("SnapshotIdentifier"), of: cluster, at: world.now, world)
        return OperationResult(.object(["Snapshot": snapshot.value(account: world.account)]))
    }

    @Sendable static func describe(_ request: OperationRequest) throws -> OperationResult {
        let db = request.world.db
        let clusterID = request["ClusterIdentifier"]?.stringValue
        let snapshotID = request["SnapshotIdentifier"]?.stringValue
        let snapshots = try ClusterSnapshot.matching(cluster: clusterID, snapshot: snapshotID, db)
        if let snapshotID, snapshots.isEmpty { throw RedshiftErrors.snapshotNotFound(snapshotID) }
        return OperationResult(.object(["Snapshots": .list(snapshots.map { $0.value(account: request.world.account) })]))
    }
}
