/// create/describe/modify/reset/delete-cluster-parameter-group and describe-cluster-parameters.
enum ParameterGroupOperations {
    @Sendable static func create(_ request: OperationRequest) throws -> OperationResult {
        let db = request.world.db
        let name = request.string("ParameterGroupName").lowercased()
        try validateName(name)
        let family = request.string("ParameterGroupFamily")
        guard family == ParameterGroup.family else {
            throw RedshiftErrors.invalidValue("Invalid parameter group family: \(family). The valid family is \(ParameterGroup.family).")
        }
        guard try ParameterGroup.find(name, db) == nil else {
            throw ServiceError("ClusterParameterGroupAlreadyExists", "Parameter group \(name) already exists")
        }
        guard try ParameterGroup.all(db).count - 1 < 20 else {
            throw ServiceError("ClusterParameterGroupQuotaExceeded",
                               "The request would result in the user exceeding the allowed number of cluster parameter groups.")
        }
        let tags = request["Tags"]?.listValue ?? []
        try RedshiftTags.validate(tags)
        let group = ParameterGroup(name: name, description: request.string("Description"), tags: RedshiftTags(list: tags))
        try group.insert(db)
        return OperationResult(.object(["ClusterParameterGroup": group.value]))
    }

    @Sendable static func describe(_ request: OperationRequest) throws -> OperationResult {
        let db = request.world.db
        let groups = try request["ParameterGroupName"]?.stringValue.map { [try ParameterGroup.existing($0, db)] } ?? ParameterGroup.all(db)
        return OperationResult(.object(["ParameterGroups": .list(groups.map(\.value))]))
    }

    /// `--source user|engine-default` filters; every parameter otherwise.
    @Sendable static func describeParameters(_ request: OperationRequest) throws -> OperationResult {
        let db = request.world.db
        let group = try ParameterGroup.existing(request.string("ParameterGroupName"), db)
        let own = try group.userValues(db)
        let source = request["Source"]?.stringValue
        let parameters = ClusterParameter.family.filter { parameter in
            switch source {
            case "user": own[parameter.name] != nil
            case "engine-default": own[parameter.name] == nil
            default: true
            }
        }
        return OperationResult(.object(["Parameters": .list(parameters.map { $0.value(own[$0.name]) })]))
    }

    /// Up to 20 parameters a call; the clusters using the group wait for a reboot.
    @Sendable static func modify(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let group = try modifiable(request)
        let changes = request["Parameters"]?.listValue ?? []
        guard changes.count <= 20 else {
            throw RedshiftErrors.invalidValue("You can modify at most 20 parameters in one request.")
        }
        var values: [(ClusterParameter, String)] = []
        for change in changes {
            let name = change["ParameterName"]?.stringValue ?? ""
            guard let parameter = ClusterParameter.named(name) else {
                throw RedshiftErrors.invalidValue("Could not find parameter with name: \(name)")
            }
            guard let value = change["ParameterValue"]?.stringValue else {
                throw RedshiftErrors.invalidValue("The parameter value for \(name) must be specified.")
            }
            try parameter.validate(value)
            values.append((parameter, value))
        }
        for (parameter, value) in values {
            if value == parameter.defaultValue { try group.reset(parameter.name, world.db) } else { try group.set(parameter.name, to: value, world.db) }
        }
        try awaitReboot(group, world)
        return status(group)
    }

    /// `--reset-all-parameters`, or the named ones, back to the engine defaults.
    @Sendable static func reset(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let group = try modifiable(request)
        let all = request["ResetAllParameters"]?.boolValue ?? false
        let names = (request["Parameters"]?.listValue ?? []).map { $0["ParameterName"]?.stringValue ?? "" }
        guard all != !names.isEmpty else {
            throw RedshiftErrors.invalidCombination("Either ResetAllParameters or Parameters must be specified, but not both.")
        }
        for name in names where ClusterParameter.named(name) == nil {
            throw RedshiftErrors.invalidValue("Could not find parameter with name: \(name)")
        }
        for parameter in ClusterParameter.family where all || names.contains(parameter.name) {
            try group.reset(parameter.name, world.db)
        }
        try awaitReboot(group, world)
        return status(group)
    }

    /// A group that clusters use cannot be deleted; the default group never can.
    @Sendable static func delete(_ request: OperationRequest) throws -> OperationResult {
        let world = request.world
        let group = try modifiable(request, verb: "delete")
        if let user = try Cluster.all(world.db).first(where: { $0.parameterGroup == group.name }) {
            throw ServiceError("InvalidClusterParameterGroupState",
                               "The parameter group \(group.name) is in use by cluster \(user.id) and cannot be deleted.")
        }
        try group.delete(world.db)
        return .empty
    }

    private static func modifiable(_ request: OperationRequest, verb: String = "modify") throws -> ParameterGroup {
        let group = try ParameterGroup.existing(request.string("ParameterGroupName"), request.world.db)
        guard !group.isDefault else {
            throw RedshiftErrors.invalidValue("Cannot \(verb) default parameter group \(group.name).")
        }
        return group
    }

    private static func awaitReboot(_ group: ParameterGroup, _ world: WorldTransaction) throws {
        for var cluster in try Cluster.all(world.db) where cluster.parameterGroup == group.name {
            cluster.parameterApplyStatus = "pending-reboot"
            try cluster.save(world.db)
        }
    }

    private static func status(_ group: ParameterGroup) -> OperationResult {
        OperationResult(.object([
            "ParameterGroupName": .string(group.name),
            "ParameterGroupStatus": .string("Your parameter group has been updated but changes won't get applied until you "
                                            + "reboot the associated Clusters."),
        ]))
    }

    /// 1–255 letters, digits and hyphens, a letter first, no trailing hyphen or two in a row.
    private static func validateName(_ name: String) throws {
        let allowed = name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }
        guard let first = name.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic, allowed, name.count <= 255,
              !name.hasSuffix("-"), !name.contains("--") else {
            throw RedshiftErrors.invalidValue("The parameter ParameterGroupName must be 1 to 255 letters, digits or hyphens; must start "
                                              + "with a letter; and must not end with a hyphen or contain two consecutive hyphens.")
        }
    }
}
