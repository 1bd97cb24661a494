import GRDB

/// A cluster parameter group: a named set of values for the `redshift-1.0` family's parameters.
/// The default group `default.redshift-1.0` exists in every account, holds the engine defaults
/// and cannot be changed; a learner's group stores only the values they set.
struct ParameterGroup {
    static let defaultName = "default.redshift-1.0"
    static let family = "redshift-1.0"

    let name: String
    let description: String
    var tags: RedshiftTags

    var isDefault: Bool { name == Self.defaultName }

    static func find(_ name: String, _ db: Database) throws -> ParameterGroup? {
        if name == defaultName {
            return ParameterGroup(name: name, description: "Default parameter group for redshift-1.0", tags: RedshiftTags())
        }
        return try Row.fetchOne(db, sql: "SELECT * FROM redshift_parameter_group WHERE name = ?", arguments: [name]).map {
            ParameterGroup(name: $0["name"], description: $0["description"], tags: RedshiftTags(json: $0["tags"]))
        }
    }

    /// The group, or Redshift's `ClusterParameterGroupNotFound`.
    static func existing(_ name: String, _ db: Database) throws -> ParameterGroup {
        guard let group = try find(name, db) else {
            throw ServiceError("ClusterParameterGroupNotFound", "ParameterGroup not found: \(name)", httpStatus: 404)
        }
        return group
    }

    /// The default group first, then the learner's by name.
    static func all(_ db: Database) throws -> [ParameterGroup] {
        let own = try String.fetchAll(db, sql: "SELECT name FROM redshift_parameter_group ORDER BY name")
        return try ([defaultName] + own).compactMap { try find($0, db) }
    }

    func insert(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO redshift_parameter_group (name, family, description, tags) VALUES (?, ?, ?, ?)",
                       arguments: [name, Self.family, description, tags.json])
    }

    func saveTags(_ db: Database) throws {
        try db.execute(sql: "UPDATE redshift_parameter_group SET tags = ? WHERE name = ?", arguments: [tags.json, name])
    }

    func delete(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM redshift_parameter WHERE group_name = ?", arguments: [name])
        try db.execute(sql: "DELETE FROM redshift_parameter_group WHERE name = ?", arguments: [name])
    }

    /// The values a learner set, by parameter name.
    func userValues(_ db: Database) throws -> [String: String] {
        var values: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT name, value FROM redshift_parameter WHERE group_name = ?", arguments: [name]) {
            values[row["name"]] = row["value"]
        }
        return values
    }

    /// Every parameter's effective value.
    func values(_ db: Database) throws -> [String: String] {
        let own = try userValues(db)
        return Dictionary(uniqueKeysWithValues: ClusterParameter.family.map { ($0.name, own[$0.name] ?? $0.defaultValue) })
    }

    func set(_ parameter: String, to value: String, _ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO redshift_parameter (group_name, name, value) VALUES (?, ?, ?)",
                       arguments: [name, parameter, value])
    }

    func reset(_ parameter: String, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM redshift_parameter WHERE group_name = ? AND name = ?", arguments: [name, parameter])
    }

    /// `ClusterParameterStatusList` of a cluster that runs with `applied`: the parameters a reboot
    /// has yet to apply, each `pending-reboot`; nil (left out, as Redshift does) when all are in sync.
    func statusList(applied: [String: String], _ db: Database) throws -> AWSValue? {
        let own = try userValues(db)
        let pending = ClusterParameter.family.filter { own[$0.name] != applied[$0.name] }
        guard !pending.isEmpty else { return nil }
        return .list(pending.map {
            .object(["ParameterName": .string($0.name), "ParameterApplyStatus": .string("pending-reboot")])
        })
    }

    /// The `ClusterParameterGroup` structure in model order.
    var value: AWSValue {
        .object([
            "ParameterGroupName": .string(name),
            "ParameterGroupFamily": .string(Self.family),
            "Description": .string(description),
            "Tags": tags.value,
        ])
    }
}
