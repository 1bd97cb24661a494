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
            .optional("ClusterParameterGroupName", .string),
            .optional("ClusterSubnetGroupName", .string),
            .optional("Tags", tags),
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
        Operation("DeleteClusterSnapshot", input: [
            .required("SnapshotIdentifier", .string),
            .optional("SnapshotClusterIdentifier", .string),
        ], perform: SnapshotRestoreOperations.delete),
        Operation("RestoreFromClusterSnapshot", input: [
            .required("ClusterIdentifier", .string),
            .required("SnapshotIdentifier", .string),
            .optional("Port", .integer()),
            .optional("AvailabilityZone", .string),
            .optional("ClusterSubnetGroupName", .string),
            .optional("PubliclyAccessible", .boolean),
            .optional("ClusterParameterGroupName", .string),
            .optional("VpcSecurityGroupIds", .list(.string)),
            .optional("IamRoles", .list(.string)),
        ], perform: SnapshotRestoreOperations.restore),
        Operation("ModifyCluster", input: [
            .required("ClusterIdentifier", .string),
            .optional("ClusterType", .string),
            .optional("NodeType", .string),
            .optional("NumberOfNodes", .integer()),
            .optional("VpcSecurityGroupIds", .list(.string)),
            .optional("ClusterParameterGroupName", .string),
        ], perform: ClusterModifyOperations.modify),
        Operation("ResizeCluster", input: [
            .required("ClusterIdentifier", .string),
            .optional("ClusterType", .string),
            .optional("NodeType", .string),
            .optional("NumberOfNodes", .integer()),
            .optional("Classic", .boolean),
        ], perform: ClusterModifyOperations.resize),
        Operation("RebootCluster", input: [.required("ClusterIdentifier", .string)], perform: ClusterModifyOperations.reboot),
        Operation("CreateClusterParameterGroup", input: [
            .required("ParameterGroupName", .string),
            .required("ParameterGroupFamily", .string),
            .required("Description", .string),
            .optional("Tags", tags),
        ], perform: ParameterGroupOperations.create),
        Operation("DescribeClusterParameterGroups", input: [.optional("ParameterGroupName", .string)],
                  perform: ParameterGroupOperations.describe),
        Operation("DescribeClusterParameters", input: [
            .required("ParameterGroupName", .string),
            .optional("Source", .string),
        ], perform: ParameterGroupOperations.describeParameters),
        Operation("ModifyClusterParameterGroup", input: [
            .required("ParameterGroupName", .string),
            .required("Parameters", parameters),
        ], perform: ParameterGroupOperations.modify),
        Operation("ResetClusterParameterGroup", input: [
            .required("ParameterGroupName", .string),
            .optional("ResetAllParameters", .boolean),
            .optional("Parameters", parameters),
        ], perform: ParameterGroupOperations.reset),
        Operation("DeleteClusterParameterGroup", input: [.required("ParameterGroupName", .string)],
                  perform: ParameterGroupOperations.delete),
        Operation("CreateClusterSubnetGroup", input: [
            .required("ClusterSubnetGroupName", .string),
            .required("Description", .string),
            .required("SubnetIds", .list(.string)),
            .optional("Tags", tags),
        ], perform: SubnetGroupOperations.create),
        Operation("DescribeClusterSubnetGroups", input: [.optional("ClusterSubnetGroupName", .string)],
                  perform: SubnetGroupOperations.describe),
        Operation("ModifyClusterSubnetGroup", input: [
            .required("ClusterSubnetGroupName", .string),
            .optional("Description", .string),
            .required("SubnetIds", .list(.string)),
        ], perform: SubnetGroupOperations.modify),
        Operation("DeleteClusterSubnetGroup", input: [.required("ClusterSubnetGroupName", .string)],
                  perform: SubnetGroupOperations.delete),
        Operation("CreateTags", input: [.required("ResourceName", .string), .required("Tags", tags)],
                  perform: TagOperations.create),
        Operation("DescribeTags", input: [.optional("ResourceName", .string), .optional("ResourceType", .string)],
                  perform: TagOperations.describe),
        Operation("DeleteTags", input: [.required("ResourceName", .string), .required("TagKeys", .list(.string))],
                  perform: TagOperations.delete),
    ], waiters: RedshiftWaiters.all)

    /// `--tags Key=k,Value=v ...`
    private static let tags = Shape.list(.structure([.optional("Key", .string), .optional("Value", .string)]))

    /// `--parameters ParameterName=require_ssl,ParameterValue=true ...`
    private static let parameters = Shape.list(.structure([
        .optional("ParameterName", .string),
        .optional("ParameterValue", .string),
        .optional("Description", .string),
        .optional("Source", .string),
        .optional("DataType", .string),
        .optional("AllowedValues", .string),
        .optional("ApplyType", .string),
        .optional("IsModifiable", .boolean),
        .optional("MinimumEngineVersion", .string),
    ]))
}
