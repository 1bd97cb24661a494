/// create/describe/modify/delete-cluster-subnet-group.
enum SubnetGroupOperations {
    @Sendable static func create(_ request: OperationRequest) throws -> OperationResult {
        let db = request.world.db
        let name = request.string("ClusterSubnetGroupName").lowercased()
        try validateName(name)
        guard try SubnetGroup.find(name, db) == nil else {
            throw ServiceError("ClusterSubnetGroupAlreadyExists", "The cluster subnet group \(name) already exists.")
        }
        guard try SubnetGroup.all(db).filter({ $0.name != SubnetGroup.defaultName }).count < 20 else {
            throw ServiceError("ClusterSubnetGroupQuotaExceeded",
                               "The request would result in user exceeding the allowed number of cluster subnet groups.")
        }
        let ids = (request["SubnetIds"]?.listValue ?? []).compactMap(\.stringValue)
        let subnets = try SubnetGroup.subnets(ids, db)
        let tags = request["Tags"]?.listValue ?? []
        try RedshiftTags.validate(tags)
        let group = SubnetGroup(name: name, description: request.string("Description"), vpcID: subnets[0].vpcID,
                                subnetIDs: ids, tags: RedshiftTags(list: tags))
        try group.save(db)
        return OperationResult(.object(["ClusterSubnetGroup": try group.value(db)]))
    }

    @Sendable static func describe(_ request: OperationRequest) throws -> OperationResult {
        let db = request.world.db
        let groups = try request["ClusterSubnetGroupName"]?.stringValue.map { [try SubnetGroup.existing($0, db)] }
            ?? SubnetGroup.all(db)
        return OperationResult(.object(["ClusterSubnetGroups": .list(try groups.map { try $0.value(db) })]))
    }

    /// New subnets replace the old; a cluster in the group keeps a subnet in its zone.
    @Sendable static func modify(_ request: OperationRequest) throws -> OperationResult {
        let db = request.world.db
        var group = try custom(request)
        let ids = (request["SubnetIds"]?.listValue ?? []).compactMap(\.stringValue)
        let subnets = try SubnetGroup.subnets(ids, db)
        for cluster in try Cluster.all(db) where cluster.subnetGroup == group.name {
            guard subnets.contains(where: { $0.availabilityZone == cluster.availabilityZone }) else {
                throw ServiceError("SubnetAlreadyInUse", "Cluster \(cluster.id) uses a subnet in \(cluster.availabilityZone); "
                                   + "the subnet group must keep a subnet in that zone.")
            }
        }
        group.subnetIDs = ids
        if let description = request["Description"]?.stringValue { group.description = description }
        try group.save(db)
        return OperationResult(.object(["ClusterSubnetGroup": try group.value(db)]))
    }

    @Sendable static func delete(_ request: OperationRequest) throws -> OperationResult {
        let db = request.world.db
        let group = try custom(request)
        if let user = try Cluster.all(db).first(where: { $0.subnetGroup == group.name }) {
            throw ServiceError("InvalidClusterSubnetGroupStateFault",
                               "The cluster subnet group \(group.name) is in use by cluster \(user.id) and cannot be deleted.")
        }
        try group.delete(db)
        return .empty
    }

    /// A learner's group: `default` is Redshift's own.
    private static func custom(_ request: OperationRequest) throws -> SubnetGroup {
        let group = try SubnetGroup.existing(request.string("ClusterSubnetGroupName"), request.world.db)
        guard group.name != SubnetGroup.defaultName else {
            throw ServiceError("InvalidClusterSubnetGroupStateFault", "The default cluster subnet group cannot be changed or deleted.")
        }
        return group
    }

    /// At most 255 letters, digits and hyphens, and not `default`.
    private static func validateName(_ name: String) throws {
        guard !name.isEmpty, name.count <= 255,
              name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }) else {
            throw RedshiftErrors.invalidValue("The parameter ClusterSubnetGroupName must contain no more than 255 alphanumeric "
                                              + "characters or hyphens.")
        }
        guard name != SubnetGroup.defaultName else {
            throw RedshiftErrors.invalidValue("The parameter ClusterSubnetGroupName must not be \"Default\".")
        }
    }
}
