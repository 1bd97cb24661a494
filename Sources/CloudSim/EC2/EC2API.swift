/// `aws ec2`: the default VPC and its subnets, and security groups, declared as botocore's
/// `ec2/2016-11-15/service-2.json` declares them (the members the labs use). The rule
/// operations also take the CLI's simplified `--protocol/--port/--cidr/--source-group` options.
enum EC2API {
    static let service = Service(name: "ec2", operations: [
        Operation("DescribeVpcs", input: [EC2Filters.member, .optional("VpcIds", .list(.string))],
                  perform: NetworkOperations.describeVPCs),
        Operation("DescribeSubnets", input: [EC2Filters.member, .optional("SubnetIds", .list(.string))],
                  perform: NetworkOperations.describeSubnets),
        Operation("CreateSecurityGroup", input: [
            .required("Description", .string),
            .required("GroupName", .string),
            .optional("VpcId", .string),
        ], perform: SecurityGroupOperations.create),
        Operation("DescribeSecurityGroups", input: [
            EC2Filters.member,
            .optional("GroupIds", .list(.string)),
            .optional("GroupNames", .list(.string)),
        ], perform: SecurityGroupOperations.describe),
        Operation("DeleteSecurityGroup", input: [.optional("GroupId", .string), .optional("GroupName", .string)],
                  perform: SecurityGroupOperations.delete),
        Operation("AuthorizeSecurityGroupIngress", input: RuleRequest.members,
                  perform: SecurityGroupOperations.authorize(isEgress: false)),
        Operation("AuthorizeSecurityGroupEgress", input: RuleRequest.members,
                  perform: SecurityGroupOperations.authorize(isEgress: true)),
        Operation("RevokeSecurityGroupIngress", input: RuleRequest.members,
                  perform: SecurityGroupOperations.revoke(isEgress: false)),
        Operation("RevokeSecurityGroupEgress", input: RuleRequest.members,
                  perform: SecurityGroupOperations.revoke(isEgress: true)),
    ])
}
