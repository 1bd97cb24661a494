import Foundation
import GRDB

/// put-dashboard, get-dashboard, list-dashboards and delete-dashboards. The body is stored as the
/// learner wrote it, after checking it is a JSON object with a `widgets` array of widgets that
/// each have a known `type` (and `properties` where the type needs them).
enum DashboardOperations {
    static let widgetTypes = ["metric", "text", "log", "alarm", "explorer", "custom"]

    @Sendable static func put(_ request: OperationRequest) throws -> OperationResult {
        let name = request.string("DashboardName")
        guard (1...255).contains(name.count),
              name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }) else {
            throw ServiceError("InvalidParameterInput", "The value \(name) for parameter DashboardName is invalid: use 1 to 255 "
                               + "letters, digits, hyphens and underscores.")
        }
        let body = request.string("DashboardBody")
        guard let parsed = try? JSONReader.parse(body), case .object = parsed else {
            throw ServiceError("InvalidParameterInput", "The field DashboardBody must be a valid JSON object")
        }
        let problems = validate(parsed)
        if !problems.isEmpty {
            let listed = problems.map { "{ \"dataPath\": \"\($0.path)\", \"message\": \"\($0.message)\" }" }.joined(separator: ", ")
            throw ServiceError("InvalidParameterInput", "The dashboard body is invalid, there are \(problems.count) validation "
                               + "errors: [ \(listed) ]")
        }
        try request.world.db.execute(sql: "INSERT OR REPLACE INTO cloudwatch_dashboard (name, body, last_modified) VALUES (?, ?, ?)",
                                     arguments: [name, body, request.world.now.timeIntervalSince1970])
        return OperationResult(.object(["DashboardValidationMessages": .list([])]))
    }

    /// The body's problems as CloudWatch's validation messages: a data path and a message each.
    static func validate(_ body: AWSValue) -> [(path: String, message: String)] {
        guard let widgets = body["widgets"] else { return [("", "Should have required property 'widgets'")] }
        guard let list = widgets.listValue else { return [("/widgets", "Should be array")] }
        var problems: [(String, String)] = []
        for (index, widget) in list.enumerated() {
            let path = "/widgets/\(index)"
            guard case .object = widget else {
                problems.append((path, "Should be object"))
                continue
            }
            guard let type = widget["type"]?.stringValue else {
                problems.append((path, "Should have required property 'type'"))
                continue
            }
            guard widgetTypes.contains(type) else {
                problems.append(("\(path)/type", "Should be equal to one of the allowed values: \(widgetTypes.joined(separator: ", "))"))
                continue
            }
            if widget["properties"] == nil {
                problems.append((path, "Should have required property 'properties'"))
            }
            for field in ["x", "y", "width", "height"] {
                if let value = widget[field], value.integerValue == nil {
                    problems.append(("\(path)/\(field)", "Should be integer"))
                }
            }
        }
        return problems
    }

    @Sendable static func get(_ request: OperationRequest) throws -> OperationResult {
        let name = request.string("DashboardName")
        guard let row = try Row.fetchOne(request.world.db, sql: "SELECT * FROM cloudwatch_dashboard WHERE name = ?",
                                         arguments: [name]) else {
            throw CloudWatchErrors.resourceNotFound("Dashboard \(name) does not exist")
        }
        return OperationResult(.object([
            "DashboardArn": .string(arn(name, request.world.account)),
            "DashboardBody": .string(row["body"]),
            "DashboardName": .string(name),
        ]))
    }

    @Sendable static func list(_ request: OperationRequest) throws -> OperationResult {
        let prefix = request["DashboardNamePrefix"]?.stringValue ?? ""
        let rows = try Row.fetchAll(request.world.db, sql: "SELECT * FROM cloudwatch_dashboard ORDER BY name")
            .filter { ($0["name"] as String).hasPrefix(prefix) }
        let (page, next) = try Paging.page(rows, token: request["NextToken"]?.stringValue, size: 1000)
        return OperationResult(.object([
            "DashboardEntries": .list(page.map { row in
                .object([
                    "DashboardName": .string(row["name"]),
                    "DashboardArn": .string(arn(row["name"], request.world.account)),
                    "LastModified": .double(row["last_modified"]),
                    "Size": .integer((row["body"] as String).utf8.count),
                ])
            }),
            "NextToken": next.map(AWSValue.string),
        ]))
    }

    /// Deletes every named dashboard, or none when one does not exist.
    @Sendable static func delete(_ request: OperationRequest) throws -> OperationResult {
        let names = (request["DashboardNames"]?.listValue ?? []).compactMap(\.stringValue)
        guard !names.isEmpty else { throw CloudWatchErrors.invalidValue("Need at least 1 dashboard") }
        let db = request.world.db
        for name in names where try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM cloudwatch_dashboard WHERE name = ?)",
                                                  arguments: [name]) != true {
            throw CloudWatchErrors.resourceNotFound("Dashboard \(name) does not exist")
        }
        for name in names { try db.execute(sql: "DELETE FROM cloudwatch_dashboard WHERE name = ?", arguments: [name]) }
        return .empty
    }

    /// Dashboards are global: their ARNs have no region.
    private static func arn(_ name: String, _ account: Account) -> String {
        "arn:aws:cloudwatch::\(account.id):dashboard/\(name)"
    }
}
