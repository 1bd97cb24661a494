/// `aws redshift`: provisioned clusters, their IAM roles and snapshots, declared as botocore's
/// `redshift/2012-12-01/service-2.json` declares them (the members the labs use), and the
/// `wait cluster-available|cluster-deleted` waiters.
enum RedshiftAPI {
    static let describeClusters = Operation("DescribeClusters", input: [.optional("ClusterIdentifier", .string)],
                                            perform: ClusterOperations.describe)

    static let service = Service(name: "redshift", operations: [
        Operation("CreateCluster", input: [
            .optional("DBName", .string),
            .required("ClusterIdentifier", .string),
            .optional("ClusterType", .string),
            .required("NodeType", .string),
            .required("MasterUsername", .string),
            .optional("MasterUserPassword", .string),
            .optional("VpcSecurityGroupIds", .list(.string)),
            .optional("AvailabilityZone", .string),
            .optional("Port", .integer()),
            .optional("NumberOfNodes", .integer()),
            .optional("PubliclyAccessible", .boolean),
            .optional("IamRoles", .list(.string)),
            .optional("DefaultIamRoleArn", .string),
        ], perform: ClusterOperations.create),
        describeClusters,
        Operation("DeleteCluster", input: [
            .required("ClusterIdentifier", .string),
            .optional("SkipFinalClusterSnapshot", .boolean),
            .optional("FinalClusterSnapshotIdentifier", .string),
        ], perform: ClusterOperations.delete),
        Operation("PauseCluster", input: [.required("ClusterIdentifier", .string)], perform: ClusterOperations.pause),
        Operation("ResumeCluster", input: [.required("ClusterIdentifier", .string)], perform: ClusterOperations.resume),
        Operation("ModifyClusterIamRoles", input: [
            .required("ClusterIdentifier", .string),
            .optional("AddIamRoles", .list(.string)),
            .optional("RemoveIamRoles", .list(.string)),
            .optional("DefaultIamRoleArn", .string),
        ], perform: ClusterOperations.modifyIAMRoles),
        Operation("CreateClusterSnapshot", input: [
            .required("SnapshotIdentifier", .string),
            .required("ClusterIdentifier", .string),
        ], perform: SnapshotOperations.create),
        Operation("DescribeClusterSnapshots", input: [
            .optional("ClusterIdentifier", .string),
            .optional("SnapshotIdentifier", .string),
        ], perform: SnapshotOperations.describe),
    ], waiters: RedshiftWaiters.all)
}
