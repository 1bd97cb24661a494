import GRDB

/// create-tags, describe-tags and delete-tags on clusters, parameter groups and subnet groups,
/// named by ARN (`arn:aws:redshift:us-east-1:123456789012:cluster:ID`).
enum TagOperations {
    @Sendable static func create(_ request: OperationRequest) throws -> OperationResult {
        let resource = try TaggedResource(arn: request.string("ResourceName"), request.world)
        let tags = request["Tags"]?.listValue ?? []
        try RedshiftTags.validate(tags, adding: resource.tags)
        var updated = resource.tags
        for tag in RedshiftTags(list: tags).pairs { updated.set(tag.key, tag.value) }
        try resource.save(updated, request.world.db)
        return .empty
    }

    @Sendable static func delete(_ request: OperationRequest) throws -> OperationResult {
        let resource = try TaggedResource(arn: request.string("ResourceName"), request.world)
        var updated = resource.tags
        updated.remove((request["TagKeys"]?.listValue ?? []).compactMap(\.stringValue))
        try resource.save(updated, request.world.db)
        return .empty
    }

    /// One entry per tag, of one resource (`--resource-name`) or one type (`--resource-type`) or all.
    @Sendable static func describe(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let resources: [TaggedResource]
        if let arn = request["ResourceName"]?.stringValue {
            resources = [try TaggedResource(arn: arn, world)]
        } else {
            let type = request["ResourceType"]?.stringValue?.lowercased()
            if let type, !TaggedResource.kinds.contains(type.replacingOccurrences(of: " ", with: "")) {
                throw ServiceError("InvalidParameterValue", "Tagging is not supported for this type of resource: \(type)")
            }
            resources = try TaggedResource.all(world).filter { type == nil || $0.kind == type?.replacingOccurrences(of: " ", with: "") }
        }
        return OperationResult(.object(["TaggedResources": .list(resources.flatMap { resource in
            resource.tags.pairs.map {
                .object([
                    "Tag": .object(["Key": .string($0.key), "Value": .string($0.value)]),
                    "ResourceName": .string(resource.arn),
                    "ResourceType": .string(resource.kind),
                ])
            }
        })]))
    }
}

/// A resource that carries tags, found by its ARN.
private struct TaggedResource {
    static let kinds = ["cluster", "parametergroup", "subnetgroup"]

    let kind: String
    let name: String
    let arn: String
    let tags: RedshiftTags

    init(arn: String, _ world: WorldTransaction) throws {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 7, parts[0] == "arn", parts[2] == "redshift", Self.kinds.contains(parts[5]) else {
            throw ServiceError("InvalidParameterValue", "Tagging is not supported for this type of resource: \(arn)")
        }
        guard let found = try Self.find(kind: parts[5], name: parts[6], world) else {
            throw ServiceError("ResourceNotFoundFault", "\(parts[5]) (\(parts[6])) not found.", httpStatus: 404)
        }
        self = found
    }

    private init(kind: String, name: String, tags: RedshiftTags, _ world: WorldTransaction) {
        self.kind = kind
        self.name = name
        self.tags = tags
        arn = "arn:aws:redshift:\(world.region):\(world.account.id):\(kind):\(name)"
    }

    private static func find(kind: String, name: String, _ world: WorldTransaction) throws -> TaggedResource? {
        switch kind {
        case "cluster": try Cluster.find(name, world.db).map { TaggedResource(kind: kind, name: name, tags: $0.tags, world) }
        case "parametergroup":
            try ParameterGroup.find(name, world.db).flatMap { $0.isDefault ? nil : TaggedResource(kind: kind, name: name, tags: $0.tags, world) }
        default:
            try SubnetGroup.find(name, world.db).flatMap {
                $0.name == SubnetGroup.defaultName ? nil : TaggedResource(kind: kind, name: name, tags: $0.tags, world)
            }
        }
    }

    static func all(_ world: WorldTransaction) throws -> [TaggedResource] {
        try Cluster.all(world.db).map { TaggedResource(kind: "cluster", name: $0.id, tags: $0.tags, world) }
            + ParameterGroup.all(world.db).filter { !$0.isDefault }.map { TaggedResource(kind: "parametergroup", name: $0.name, tags: $0.tags, world) }
            + SubnetGroup.all(world.db).filter { $0.name != SubnetGroup.defaultName }
                .map { TaggedResource(kind: "subnetgroup", name: $0.name, tags: $0.tags, world) }
    }

    func save(_ tags: RedshiftTags, _ db: Database) throws {
        switch kind {
        case "cluster":
            guard var cluster = try Cluster.find(name, db) else { return }
            cluster.tags = tags
            try cluster.save(db)
        case "parametergroup":
            guard var group = try ParameterGroup.find(name, db) else { return }
            group.tags = tags
            try group.saveTags(db)
        default:
            guard var group = try SubnetGroup.find(name, db) else { return }
            group.tags = tags
            try group.save(db)
        }
    }
}
