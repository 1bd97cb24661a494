import Foundation
import LabKit

/// Opens what lab commands need from a session: the lab content, the solutions beside it and the
/// learner's guide. Content problems (a lab file with mistakes) are reported, not fatal, so one
/// broken lab never locks a learner out of the others.
struct LabDesk {
    let guide: LabGuide

    static func open(_ session: LabSession,
                     environment: [String: String] = ProcessInfo.processInfo.environment) throws -> LabDesk {
        let content = try ProcessContent.locate(environment: environment)
        let catalog = LabCatalog.load(content: content)
        for problem in catalog.problems {
            FileHandle.standardError.write(Data("warning: \(problem)\n".utf8))
        }
        let learner = try session.progress.learnerID(named: LearnerName.current(environment: environment), at: Date())
        return LabDesk(guide: LabGuide(catalog: catalog, solutions: SolutionLibrary(content: content),
                                       workspace: session.workspace, store: session.progress, learner: learner))
    }
}
