import Foundation

/// The reference solutions in `solutions/<lab>/<step>.txt`: the lines a learner would type at the
/// REPL (AWS CLI commands, SQL, `submit` and `clock advance`), run by `lab dev verify` and `lab reset`.
public struct SolutionLibrary: Sendable {
    public let root: URL
    /// The sample data the labs upload (`datasets/` beside `labs/`); lab text names it `{datasets}`.
    public let datasets: URL

    public init(root: URL, datasets: URL) {
        self.root = root
        self.datasets = datasets
    }

    /// The solutions and datasets folders beside the `labs/` content folder.
    public init(content: URL) {
        let project = content.deletingLastPathComponent()
        self.init(root: project.appendingPathComponent("solutions", isDirectory: true),
                  datasets: project.appendingPathComponent("datasets", isDirectory: true))
    }

    /// Lab text with its placeholders filled in: `{datasets}` and the learner's `{account}`.
    public func expand(_ text: String) -> String { LabText.expand(text, datasets: datasets) }

    public func solution(lab: String, step: String) throws(LabSolutionError) -> String {
        let file = root.appendingPathComponent(lab).appendingPathComponent("\(step).txt")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else {
            throw .missing("solutions/\(lab)/\(step).txt")
        }
        return text
    }

    /// The lines to run: blank lines and `#` comments dropped.
    public func lines(lab: String, step: String) throws(LabSolutionError) -> [String] {
        try solution(lab: lab, step: step).split(separator: "\n", omittingEmptySubsequences: true)
            .map { expand($0.trimmingCharacters(in: .whitespaces)) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}

public enum LabSolutionError: Error, Equatable, CustomStringConvertible {
    case missing(String)
    case failed(lab: String, step: String, line: String, output: String)

    public var description: String {
        switch self {
        case .missing(let path): return "the reference solution \(path) is missing"
        case .failed(let lab, let step, let line, let output):
            return "the reference solution of \(lab)/\(step) failed at '\(line)': \(output)"
        }
    }
}
