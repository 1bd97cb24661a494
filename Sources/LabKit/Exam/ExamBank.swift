import Foundation
import Yams

/// The DEA-C01 question bank: every `*.yaml` file in `labs/exam/`, validated on load. A bank with
/// any invalid item is refused whole, with every problem listed by file, line and item id, because
/// a wrong or ambiguous item teaches the wrong thing.
public struct ExamBank: Sendable {
    public let items: [ExamItem]
    private let byID: [String: ExamItem]

    public init(items: [ExamItem]) {
        self.items = items
        byID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func item(_ id: String) -> ExamItem? { byID[id] }

    public func items(in domain: ExamDomain) -> [ExamItem] { items.filter { $0.domain == domain } }

    /// Loads and validates every `.yaml` file in `directory`, in file-name order.
    public static func load(directory: URL) throws(ExamBankError) -> ExamBank {
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "yaml" || $0.pathExtension == "yml" }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            throw ExamBankError(problems: ["\(directory.path): cannot read the exam folder: \(error.localizedDescription)"])
        }
        var loaded: [(item: ExamItem, place: String)] = []
        var problems: [String] = []
        for file in files {
            let text: String
            do { text = try String(contentsOf: file, encoding: .utf8) } catch {
                problems.append("\(file.lastPathComponent): cannot read: \(error.localizedDescription)")
                continue
            }
            let parsed = parse(text, file: file.lastPathComponent)
            loaded += parsed.items
            problems += parsed.problems
        }
        problems += ExamItemRules.crossItemProblems(loaded)
        if loaded.isEmpty && problems.isEmpty {
            problems.append("\(directory.path): no exam items found (expected *.yaml files with an items: list)")
        }
        guard problems.isEmpty else { throw ExamBankError(problems: problems) }
        return ExamBank(items: loaded.map(\.item))
    }

    /// Parses one file's text; each item is decoded from its own node so a problem names its line.
    static func parse(_ text: String, file: String) -> (items: [(item: ExamItem, place: String)], problems: [String]) {
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch {
            return ([], ["\(file): not valid YAML: \(error)"])
        }
        guard let list = root?["items"]?.sequence else {
            return ([], ["\(file): expected a top-level 'items:' list"])
        }
        var items: [(item: ExamItem, place: String)] = []
        var problems: [String] = []
        for node in list {
            let line = node.mark?.line ?? 0
            let id = node["id"]?.string ?? "(no id)"
            let place = "\(file):\(line): item \(id)"
            do {
                var item = try YAMLDecoder().decode(ExamItem.self, from: node)
                if let handsOnNode = node["hands_on"] {
                    var reader = LabFileReader(file: file)
                    item.handsOn = handsOn(from: handsOnNode, reader: &reader)
                    problems += reader.problems.map { problem in
                        // "file:line: message" becomes "file:line: item ID: message", as for every other rule.
                        let parts = problem.split(separator: ":", maxSplits: 2)
                        return parts.count == 3 ? "\(parts[0]):\(parts[1]): item \(id):\(parts[2])" : problem
                    }
                    if !reader.problems.isEmpty { continue }
                }
                let itemProblems = ExamItemRules.problems(in: item)
                if itemProblems.isEmpty {
                    items.append((item, place))
                } else {
                    problems += itemProblems.map { "\(place): \($0)" }
                }
            } catch let error as DecodingError {
                problems.append("\(place): \(ExamItemRules.describe(error))")
            } catch {
                problems.append("\(place): \(error)")
            }
        }
        return (items, problems)
    }
}

extension ExamBank {
    /// The `hands_on:` block: setup lines and checks written as a lab step's checks are.
    static func handsOn(from node: Node, reader: inout LabFileReader) -> HandsOnTask {
        reader.onlyKeys(["setup", "checks", "solution"], in: node, what: "hands_on")
        func lines(_ key: String, required: Bool) -> [String] {
            reader.list(key, in: node, required: required).compactMap { line -> String? in
                guard let text = line.string else {
                    reader.problem("a \(key) line must be text", at: line)
                    return nil
                }
                return text
            }
        }
        let setup = lines("setup", required: false)
        let checks = reader.list("checks", in: node).compactMap { LabStepParser.check(from: $0, reader: &reader) }
        return HandsOnTask(setup: setup, checks: checks, solution: lines("solution", required: true))
    }
}

/// Every problem found in a bank, one per line.
public struct ExamBankError: Error, Equatable, CustomStringConvertible {
    public let problems: [String]

    public var description: String {
        "the exam bank has \(problems.count) problem(s):\n" + problems.map { "  \($0)" }.joined(separator: "\n")
    }
}
