import Foundation
import Warehouse

/// The rules `labs/exam/FORMAT.md` states for an item, checked on every load.
enum ExamItemRules {
    /// How many options an item shows for each number of correct answers, as the real exam does.
    static let optionCount = [1: 4, 2: 5, 3: 6]

    static func problems(in item: ExamItem) -> [String] {
        var problems: [String] = []
        if !item.id.hasPrefix(item.domain.idPrefix) {
            problems.append("id must start with '\(item.domain.idPrefix)' for domain \(item.domain.rawValue)")
        }
        if item.domain.tasks[item.task] == nil {
            let known = item.domain.tasks.keys.sorted().joined(separator: ", ")
            problems.append("task \(item.task) is not a task of domain \(item.domain.rawValue) (expected one of \(known))")
        }
        if item.stem.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append("the stem is empty")
        }
        problems += item.isHandsOn ? handsOnProblems(item) : choiceProblems(item)
        if !isAWSDocumentation(item.source) {
            problems.append("source must be an https URL on docs.aws.amazon.com or aws.amazon.com, found '\(item.source)'")
        }
        if !LabPlan.ids.contains(item.lab) {
            problems.append("lab '\(item.lab)' is not a lab of the plan (\(LabPlan.ids.joined(separator: ", ")))")
        }
        return problems
    }

    private static func choiceProblems(_ item: ExamItem) -> [String] {
        var problems: [String] = []
        if let expected = optionCount[item.select] {
            if item.options.count != expected {
                problems.append("select \(item.select) needs \(expected) options, found \(item.options.count)")
            }
        } else {
            problems.append("select must be 1, 2 or 3, found \(item.select)")
        }
        let correct = item.options.filter(\.correct).count
        if correct != item.select {
            problems.append("select is \(item.select) but \(correct) option(s) are marked correct")
        }
        for (index, option) in item.options.enumerated() {
            if option.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                problems.append("option \(index + 1) has no text")
            }
            if option.why.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                problems.append("option \(index + 1) has no 'why' explanation")
            }
        }
        if Set(item.options.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }).count != item.options.count {
            problems.append("two options have the same text")
        }
        return problems
    }

    private static func handsOnProblems(_ item: ExamItem) -> [String] {
        var problems: [String] = []
        if item.select != 0 || !item.options.isEmpty {
            problems.append("a hands-on item has no select or options: it is graded by its checks")
        }
        if item.explanation?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true {
            problems.append("a hands-on item needs an 'explanation' of the result")
        }
        if item.handsOn?.checks.isEmpty ?? true {
            problems.append("a hands-on item needs at least one check")
        }
        for line in item.handsOn?.setup ?? [] where !WorldCommandLine.handles(line) {
            do { _ = try Parser.parse(line) } catch {
                problems.append("setup line '\(line)' is neither an aws or clock command nor valid SQL: \(error.message)")
            }
        }
        return problems
    }

    static func crossItemProblems(_ items: [(item: ExamItem, place: String)]) -> [String] {
        var seen: [String: String] = [:]
        var problems: [String] = []
        for (item, place) in items {
            if let first = seen[item.id] {
                problems.append("\(place): duplicate id, first used at \(first)")
            } else {
                seen[item.id] = place
            }
        }
        return problems
    }

    private static func isAWSDocumentation(_ source: String) -> Bool {
        guard let url = URL(string: source), url.scheme == "https", let host = url.host else { return false }
        return host == "docs.aws.amazon.com" || host == "aws.amazon.com"
    }

    /// Turns Swift's decoding errors into an author's terms: which field is missing or malformed.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "option \($0 + 1)" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let prefix = path(context)
            return "missing field '\(prefix.isEmpty ? "" : prefix + ".")\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "field '\(path(context))' is invalid: \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
