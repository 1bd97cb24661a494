import Foundation

/// Grades one check against the world. Never throws: whatever state a half-built world is in,
/// the learner gets a verdict that says what was expected and what was found.
public enum CheckEvaluator {
    public struct Outcome: Sendable, Equatable {
        public var passed: Bool
        /// What the check found, in the learner's terms.
        public var found: String
    }

    public static func evaluate(_ spec: CheckSpec, in context: CheckContext) -> Outcome {
        switch spec.kind {
        case .aws(let command, let assertion):
            return assess(context.aws(command), assertion, context: context)
        case .submitted(let expected):
            return assessSubmission(context.submitted, expected: expected, context: context)
        case .table(let expected):
            return SQLChecks.assess(expected, in: context)
        case .sql(let query, let test):
            return SQLChecks.assess(query: query, test: test, in: context)
        case .query(let reference, let rules):
            return SQLChecks.compare(submitted: context.submitted, reference: reference, rules: rules, in: context)
        }
    }

    /// The result line for the learner and the progress store.
    public static func result(_ spec: CheckSpec, in context: CheckContext) -> CheckResult {
        let outcome = evaluate(spec, in: context)
        let expectation = context.expand(spec.expectation)
        let message = outcome.passed ? "✓ \(expectation)" : "✗ expected: \(expectation)\n  found: \(outcome.found)"
        return CheckResult(checkID: spec.id, passed: outcome.passed, points: outcome.passed ? spec.points : 0,
                           maxPoints: spec.points, message: message)
    }

    private static func assess(_ outcome: CheckContext.CommandOutcome, _ assertion: JSONAssertion,
                               context: CheckContext) -> Outcome {
        switch (outcome, assertion.test) {
        case (.failed(let code, _), .error(let expected)):
            return Outcome(passed: code == expected,
                           found: code.map { "the request failed with \($0)" } ?? "the request failed without an AWS error code")
        case (.succeeded, .error(let expected)):
            return Outcome(passed: false, found: "the request succeeded instead of failing with \(expected)")
        case (.failed(let code, let message), _):
            return Outcome(passed: false, found: code.map { "the request failed with \($0)" } ?? message)
        case (.succeeded(let json), let test):
            let values = assertion.path.values(in: json)
            return Outcome(passed: holds(test, values, context: context), found: describe(values, at: assertion.path))
        }
    }

    static func holds(_ test: JSONAssertion.Test, _ values: [Any], context: CheckContext) -> Bool {
        switch test {
        case .equals(let expected):
            let wanted = context.expand(expected)
            return values.contains { render($0) == wanted || numericallyEqual($0, wanted) }
        case .contains(let expected):
            let wanted = context.expand(expected)
            return values.contains { value in
                if let text = value as? String { return text.contains(wanted) }
                if let array = value as? [Any] { return array.contains { render($0) == wanted } }
                return false
            }
        case .atLeast(let minimum):
            if values.count == 1, let array = values[0] as? [Any] { return Double(array.count) >= minimum }
            if values.count == 1, let number = values[0] as? NSNumber, jsonBool(values[0]) == nil {
                return number.doubleValue >= minimum
            }
            return Double(values.count) >= minimum
        case .exists(let wanted):
            return !values.isEmpty == wanted
        case .error:
            return false
        }
    }

    private static func assessSubmission(_ submitted: String?, expected: ExpectedAnswer,
                                         context: CheckContext) -> Outcome {
        guard let answer = submitted?.trimmingCharacters(in: .whitespacesAndNewlines), !answer.isEmpty else {
            return Outcome(passed: false, found: "no answer handed in yet (type: submit <your answer>)")
        }
        let wanted: [String]
        switch expected {
        case .literal(let text):
            wanted = [context.expand(text)]
        case .aws(let command, let path):
            guard case .succeeded(let json) = context.aws(command) else {
                return Outcome(passed: false, found: "your answer '\(answer)' cannot be checked: the world has no value for it yet")
            }
            wanted = path.values(in: json).map(render)
        case .clusterCost(let cluster, let tolerance):
            return assessCost(answer, cluster: cluster, tolerance: tolerance, context: context)
        case .sql(let query, let match):
            do {
                wanted = try SQLChecks.values(of: query, matching: match, in: context)
            } catch {
                return Outcome(passed: false, found: "your answer '\(answer)' cannot be checked: \(error)")
            }
        }
        let passed = wanted.contains { $0.caseInsensitiveCompare(answer) == .orderedSame }
        return Outcome(passed: passed, found: "your answer '\(answer)'")
    }

    /// A dollar amount handed in (`0.53` or `$0.53`) against the cluster's cost on the bill now.
    private static func assessCost(_ answer: String, cluster: String, tolerance: Double, context: CheckContext) -> Outcome {
        let number = Double(answer.hasPrefix("$") ? String(answer.dropFirst()) : answer)
        guard let number else {
            return Outcome(passed: false, found: "your answer '\(answer)' is not a dollar amount such as 0.53")
        }
        guard let line = (try? context.world.bill())?.clusters.first(where: { $0.clusterID == cluster }), let cost = line.cost else {
            return Outcome(passed: false, found: "your answer '\(answer)' cannot be checked: the bill has no priced line for \(cluster)")
        }
        return Outcome(passed: abs(number - cost) <= tolerance, found: "your answer '\(answer)'")
    }

    /// A value as text: strings bare, numbers without a needless `.0`, other JSON compactly.
    static func render(_ value: Any) -> String {
        if let flag = jsonBool(value) { return flag ? "true" : "false" }
        switch value {
        case let text as String: return text
        case let number as NSNumber:
            let double = number.doubleValue
            return double == double.rounded() && abs(double) < 1e15 ? String(Int64(double)) : String(double)
        default:
            guard JSONSerialization.isValidJSONObject(value),
                  let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]) else { return "\(value)" }
            return String(decoding: data, as: UTF8.self)
        }
    }

    /// JSON `true`/`false`. Foundation hands numbers and booleans back as NSNumber, and `as? Bool`
    /// also accepts the numbers 0 and 1, so booleans are told apart by their stored type.
    static func jsonBool(_ value: Any) -> Bool? {
        guard let number = value as? NSNumber, String(cString: number.objCType) == "c" else { return nil }
        return number.boolValue
    }

    private static func numericallyEqual(_ value: Any, _ expected: String) -> Bool {
        guard let number = value as? NSNumber, jsonBool(value) == nil, let wanted = Double(expected) else { return false }
        return number.doubleValue == wanted
    }

    private static func describe(_ values: [Any], at path: JSONPath) -> String {
        let place = path.components.isEmpty ? "the result" : path.description
        guard !values.isEmpty else { return "nothing at \(place)" }
        let shown = values.prefix(5).map(render).map { $0.count > 80 ? String($0.prefix(77)) + "..." : $0 }
        let more = values.count > 5 ? " and \(values.count - 5) more" : ""
        return "\(place) is \(shown.joined(separator: ", "))\(more)"
    }
}
