import Foundation
import Yams

/// Every lab in `labs/`, each from `labs/<id>/lab.yaml`, validated on load. A lab with any problem
/// is refused with all its problems listed by file and line; the others still load.
public struct LabCatalog: Sendable {
    public let labs: [LabDefinition]
    public let problems: [String]

    public func lab(_ id: String) -> LabDefinition? { labs.first { $0.id == id } }

    public static func load(content: URL) -> LabCatalog {
        var labs: [LabDefinition] = []
        var problems: [String] = []
        for id in LabPlan.ids {
            let file = content.appendingPathComponent(id).appendingPathComponent("lab.yaml")
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            let parsed = parse(text, file: "labs/\(id)/lab.yaml", folder: id)
            if let lab = parsed.lab, parsed.problems.isEmpty { labs.append(lab) }
            problems += parsed.problems
        }
        return LabCatalog(labs: labs, problems: problems)
    }

    static func parse(_ text: String, file: String, folder: String) -> (lab: LabDefinition?, problems: [String]) {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { return (nil, ["\(file):1: the file is empty"]) }
            root = node
        } catch {
            return (nil, ["\(file): not valid YAML: \(error)"])
        }
        var reader = LabFileReader(file: file)
        reader.onlyKeys(["id", "title", "summary", "builds_on", "cluster", "steps"], in: root, what: "the lab")
        let id = reader.string("id", in: root)
        if let id, id != folder { reader.problem("id '\(id)' must match its folder '\(folder)'", at: root["id"]) }
        let title = reader.string("title", in: root)
        let summary = reader.string("summary", in: root)
        let buildsOn = reader.string("builds_on", in: root, required: false)
        if let buildsOn, let earlier = LabPlan.ids.firstIndex(of: folder),
           !LabPlan.ids.prefix(earlier).contains(buildsOn) {
            reader.problem("builds_on '\(buildsOn)' must be a lab that comes before \(folder)", at: root["builds_on"])
        }
        let cluster = reader.string("cluster", in: root, required: false)
        var steps: [LabStep] = []
        for node in reader.list("steps", in: root) {
            if let step = LabStepParser.parse(node, reader: &reader) { steps.append(step) }
        }
        var seen = Set<String>()
        for step in steps where !seen.insert(step.id).inserted {
            reader.problem("step id '\(step.id)' is used twice", at: root["steps"])
        }
        guard let id, let title, let summary, reader.problems.isEmpty else { return (nil, reader.problems) }
        return (LabDefinition(id: id, title: title, summary: summary, buildsOn: buildsOn, cluster: cluster, steps: steps), [])
    }
}
