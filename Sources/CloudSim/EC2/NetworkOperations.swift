/// describe-vpcs and describe-subnets.
enum NetworkOperations {
    @Sendable static func describeVPCs(_ request: OperationRequest) throws -> OperationResult {
        let db = request.world.db
        let filters = EC2Filters(request)
        let ids = (request["VpcIds"]?.listValue ?? []).compactMap(\.stringValue)
        let all = try VPC.all(db)
        for id in ids where !all.contains(where: { $0.id == id }) { throw EC2Errors.vpcNotFound(id) }
        let shown = try all.filter { vpc in try filters.match(vpc.filterValues) && (ids.isEmpty || ids.contains(vpc.id)) }
        return OperationResult(.object(["Vpcs": .list(shown.map { $0.value(account: request.world.account) })]))
    }

    @Sendable static func describeSubnets(_ request: OperationRequest) throws -> OperationResult {
        let db = request.world.db
        let filters = EC2Filters(request)
        let ids = (request["SubnetIds"]?.listValue ?? []).compactMap(\.stringValue)
        let all = try Subnet.all(db)
        for id in ids where !all.contains(where: { $0.id == id }) { throw EC2Errors.subnetNotFound(id) }
        let shown = try all.filter { subnet in
            try filters.match(subnet.filterValues) && (ids.isEmpty || ids.contains(subnet.id))
        }
        return OperationResult(.object(["Subnets": .list(shown.map {
            $0.value(account: request.world.account, region: request.world.region)
        })]))
    }
}
