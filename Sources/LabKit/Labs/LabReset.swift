import CloudSim
import Foundation

/// Rebuilds the world a lab (or one of its steps) starts from: the simulated AWS world is wiped
/// and the reference solutions of every lab it builds on are replayed, then, for a step, the
/// lab's own earlier steps. Progress is a record and is never touched.
public enum LabReset {
    public static func rebuild(_ workspace: Workspace, catalog: LabCatalog, solutions: SolutionLibrary,
                               lab: LabDefinition, beforeStep step: String? = nil) throws {
        try wipe(workspace)
        let runner = SolutionRunner(workspace: workspace, answers: nil)
        for earlier in try chain(before: lab, catalog: catalog) {
            for earlierStep in earlier.steps {
                try runner.run(lab: earlier.id, step: earlierStep.id, solutions: solutions)
            }
        }
        guard let step, let index = lab.index(of: step) else { return }
        for earlierStep in lab.steps.prefix(index) {
            try runner.run(lab: lab.id, step: earlierStep.id, solutions: solutions)
        }
    }

    /// Empties the simulated AWS world and the scratch database; progress stays.
    public static func wipe(_ workspace: Workspace) throws {
        for name in [World.directoryName, StoredDatabase.scratchDirectoryName] {
            let directory = workspace.root.appendingPathComponent(name, isDirectory: true)
            if FileManager.default.fileExists(atPath: directory.path) { try FileManager.default.removeItem(at: directory) }
        }
        OpenDatabases.shared.forget(workspace.root)
    }

    /// The labs whose finished worlds `lab` builds on, earliest first.
    static func chain(before lab: LabDefinition, catalog: LabCatalog) throws(LabResetError) -> [LabDefinition] {
        var chain: [LabDefinition] = []
        var next = lab.buildsOn
        while let id = next {
            guard let earlier = catalog.lab(id) else { throw .missingPrerequisite(lab.id, id) }
            chain.insert(earlier, at: 0)
            next = earlier.buildsOn
        }
        return chain
    }
}

public enum LabResetError: Error, Equatable, CustomStringConvertible {
    case missingPrerequisite(String, String)

    public var description: String {
        switch self {
        case .missingPrerequisite(let lab, let earlier): return "\(lab) builds on \(earlier), which is not installed"
        }
    }
}
