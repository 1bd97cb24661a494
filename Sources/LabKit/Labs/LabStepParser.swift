import Yams

/// Reads one step of a lab file: title, instructions, hints, checks and exam tasks.
enum LabStepParser {
    static let stepKeys: Set<String> = ["id", "title", "instructions", "hints", "checks", "exam_tasks"]
    static let checkKeys: Set<String> = ["id", "expect", "points", "aws", "path", "equals", "contains", "at_least",
                                         "exists", "error", "submitted", "table", "columns", "diststyle", "distkey",
                                         "sortkey", "sortkey_style", "encodings", "rows_at_least", "sql", "reference", "ordered", "tolerance",
                                         "any_column_order", "requires", "forbids"]

    static func parse(_ node: Node, reader: inout LabFileReader) -> LabStep? {
        reader.onlyKeys(stepKeys, in: node, what: "a step")
        let id = reader.string("id", in: node)
        if let id, !id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) {
            reader.problem("step id '\(id)' must be lower-case words joined by '-'", at: node["id"])
        }
        let title = reader.string("title", in: node)
        let instructions = reader.string("instructions", in: node)
        let hints = reader.list("hints", in: node).compactMap { hint(from: $0, reader: &reader) }
        if !(1...3).contains(hints.count) && node["hints"] != nil {
            reader.problem("a step has 1 to 3 hint tiers (nudge, concept, near-solution), found \(hints.count)", at: node["hints"])
        }
        var checks: [CheckSpec] = []
        for checkNode in reader.list("checks", in: node) {
            if let check = check(from: checkNode, reader: &reader) { checks.append(check) }
        }
        var seen = Set<String>()
        for check in checks where !seen.insert(check.id).inserted {
            reader.problem("check id '\(check.id)' is used twice in the step", at: node["checks"])
        }
        let tasks = reader.list("exam_tasks", in: node, required: false).compactMap(\.string)
        let known = Set(ExamDomain.allCases.flatMap { $0.tasks.keys })
        for task in tasks where !known.contains(task) {
            reader.problem("exam task '\(task)' is not a DEA-C01 task statement", at: node["exam_tasks"])
        }
        guard let id, let title, let instructions else { return nil }
        return LabStep(id: id, title: title, instructions: instructions, hints: hints, checks: checks, examTasks: tasks)
    }

    private static func hint(from node: Node, reader: inout LabFileReader) -> LabHint? {
        if let text = node.string { return LabHint(text: text, doc: nil) }
        reader.onlyKeys(["text", "doc"], in: node, what: "a hint")
        guard let text = reader.string("text", in: node) else { return nil }
        let doc = reader.string("doc", in: node, required: false)
        if let doc, !doc.hasPrefix("https://docs.aws.amazon.com/") {
            reader.problem("a hint's doc must be a https://docs.aws.amazon.com/ page", at: node["doc"])
        }
        return LabHint(text: text, doc: doc)
    }

    static func check(from node: Node, reader: inout LabFileReader) -> CheckSpec? {
        reader.onlyKeys(checkKeys, in: node, what: "a check")
        let id = reader.string("id", in: node)
        let expectation = reader.string("expect", in: node)
        let points = reader.int("points", in: node, default: 1)
        let kind: CheckKind?
        if let submitted = node["submitted"] {
            kind = submittedKind(submitted, reader: &reader)
        } else if node["aws"] != nil {
            kind = awsKind(node, reader: &reader)
        } else if node["table"] != nil {
            kind = tableKind(node, reader: &reader)
        } else if let query = node["sql"] {
            kind = reader.string("sql", in: node).flatMap { _ in
                test(in: node, reader: &reader).map { .sql(query: query.string ?? "", test: $0) }
            }
        } else if node["reference"] != nil {
            kind = reader.string("reference", in: node).map { .query(reference: $0, rules: answerRules(node, reader: &reader)) }
        } else {
            reader.problem("a check needs 'aws', 'submitted', 'table', 'sql' or 'reference'", at: node)
            kind = nil
        }
        guard let id, let expectation, let points, let kind else { return nil }
        return CheckSpec(id: id, kind: kind, expectation: expectation, points: points)
    }

    private static func awsKind(_ node: Node, reader: inout LabFileReader) -> CheckKind? {
        guard let command = reader.string("aws", in: node) else { return nil }
        let path = jsonPath(node["path"], reader: &reader)
        guard let test = test(in: node, reader: &reader), let path else { return nil }
        return .aws(command: command, assertion: JSONAssertion(path: path, test: test))
    }

    private static func answerRules(_ node: Node, reader: inout LabFileReader) -> AnswerRules {
        var rules = AnswerRules()
        rules.ordered = node["ordered"]?.bool ?? false
        rules.anyColumnOrder = node["any_column_order"]?.bool ?? false
        if let tolerance = node["tolerance"] {
            if let value = tolerance.float, value >= 0 { rules.tolerance = value } else {
                reader.problem("'tolerance' must be a number of 0 or more", at: tolerance)
            }
        }
        func constructs(_ key: String) -> [SQLConstruct] {
            reader.list(key, in: node, required: false).compactMap { item in
                guard let construct = item.string.flatMap(SQLConstruct.init(rawValue:)) else {
                    let known = SQLConstruct.allCases.map(\.rawValue).joined(separator: ", ")
                    reader.problem("'\(item.string ?? "")' is not a construct a check knows (\(known))", at: item)
                    return nil
                }
                return construct
            }
        }
        rules.requires = constructs("requires")
        rules.forbids = constructs("forbids")
        return rules
    }

    private static func tableKind(_ node: Node, reader: inout LabFileReader) -> CheckKind? {
        guard let name = reader.string("table", in: node) else { return nil }
        func pairs(_ key: String, _ meaning: String) -> [(String, String)]? {
            guard let mapping = node[key] else { return nil }
            guard let pairs = mapping.mapping else {
                reader.problem("'\(key)' maps each column name to \(meaning)", at: mapping)
                return nil
            }
            return pairs.compactMap { key, value in key.string.flatMap { k in value.string.map { (k, $0) } } }
        }
        let columns = pairs("columns", "its type as Redshift prints it")?.map { (name: $0.0, type: $0.1) }
        let encodings = pairs("encodings", "its ENCODE")?.map { (column: $0.0, encoding: $0.1) }
        let sortKey = node["sortkey"].map { $0.sequence.map { $0.compactMap(\.string) } ?? $0.string.map { [$0] } ?? [] }
        var rows: Int?
        if node["rows_at_least"] != nil { rows = reader.int("rows_at_least", in: node) }
        return .table(TableExpectation(name: name.lowercased(), columns: columns, distStyle: node["diststyle"]?.string,
                                       distKey: node["distkey"]?.string, sortKey: sortKey,
                                       sortKeyStyle: node["sortkey_style"]?.string, encodings: encodings, minimumRows: rows))
    }

    /// The one assertion (equals, contains, at_least, exists, error) a check carries.
    private static func test(in node: Node, reader: inout LabFileReader) -> JSONAssertion.Test? {
        var tests: [JSONAssertion.Test] = []
        if let value = node["equals"] { tests.append(.equals(value.string ?? "")) }
        if let value = node["contains"] { tests.append(.contains(value.string ?? "")) }
        if let value = node["at_least"] {
            if let number = value.float { tests.append(.atLeast(number)) } else {
                reader.problem("'at_least' must be a number", at: value)
            }
        }
        if let value = node["exists"] {
            if let flag = value.bool { tests.append(.exists(flag)) } else { reader.problem("'exists' must be true or false", at: value) }
        }
        if let value = node["error"] { tests.append(.error(value.string ?? "")) }
        guard tests.count == 1 else {
            reader.problem("an aws or sql check needs exactly one of equals, contains, at_least, exists, error", at: node)
            return nil
        }
        return tests[0]
    }

    private static func submittedKind(_ node: Node, reader: inout LabFileReader) -> CheckKind? {
        if let literal = node.string { return .submitted(expected: .literal(literal)) }
        if node["cluster_cost"] != nil {
            reader.onlyKeys(["cluster_cost", "tolerance"], in: node, what: "'submitted'")
            guard let cluster = reader.string("cluster_cost", in: node) else { return nil }
            guard let tolerance = node["tolerance"]?.float, tolerance >= 0 else {
                reader.problem("'tolerance' must be a number of dollars, 0 or more", at: node["tolerance"] ?? node)
                return nil
            }
            return .submitted(expected: .clusterCost(cluster: cluster, tolerance: tolerance))
        }
        if node["sql"] != nil {
            reader.onlyKeys(["sql", "match"], in: node, what: "'submitted'")
            guard let query = reader.string("sql", in: node) else { return nil }
            let match = node["match"]?.string
            if let match, (try? Regex(match)) == nil {
                reader.problem("'match' is not a regular expression: \(match)", at: node["match"] ?? node)
                return nil
            }
            return .submitted(expected: .sql(query: query, match: match))
        }
        reader.onlyKeys(["aws", "path"], in: node, what: "'submitted'")
        guard let command = reader.string("aws", in: node), let path = jsonPath(node["path"], reader: &reader) else {
            return nil
        }
        return .submitted(expected: .aws(command: command, path: path))
    }

    private static func jsonPath(_ node: Node?, reader: inout LabFileReader) -> JSONPath? {
        do { return try JSONPath(parsing: node?.string ?? "") } catch {
            reader.problem(error.description, at: node)
            return nil
        }
    }
}
