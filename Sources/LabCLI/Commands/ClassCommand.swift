import ArgumentParser
import Foundation
import LabKit

/// `lab class`: an instructor merges learners' hand-ins into their own workspace and exports the class.
struct ClassCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "class",
        abstract: "For instructors: merge learners' hand-in files and export the class.",
        subcommands: [ClassImport.self, ClassExport.self, ClassRegrade.self])
}

struct ClassImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Merge hand-in files; a learner's newer hand-in replaces their earlier one.",
        discussion: "Every file is checked before any is merged, so a bad file leaves the class as it was.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Hand-in files written by 'lab progress handin'.") var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one hand-in file") }
    }

    func run() throws {
        let session = try LabSession.open(global)
        var handIns: [HandIn] = []
        for file in files {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
                throw LabFailure("cannot read \(file): \(error.localizedDescription)")
            }
            do { handIns.append(try HandIn.decode(data, file: file)) } catch {
                throw LabFailure(error.description)
            }
        }
        for handIn in handIns {
            try session.progress.importHandIn(handIn)
            print("Imported \(handIn.learner): \(handIn.attempts.count) attempt(s), \(handIn.exams.count) exam session(s), "
                  + "\(handIn.answerFiles.count) answer file(s).")
        }
    }
}

struct ClassExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Every learner in this workspace as CSV, JSON or an HTML report.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var export: ExportOptions

    func run() throws {
        let session = try LabSession.open(global)
        try export.write(try session.progress.report(at: Date()), title: "Redshift Lab class report")
    }
}

struct ClassRegrade: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regrade",
        abstract: "Re-grade the answer files of imported hand-ins against the labs' checks.",
        discussion: "Each answer file runs in a fresh workspace brought to the state its step starts from. "
            + "Exits 1 when a recorded pass is not earned by its answer file.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Learners to re-grade (default: every imported learner).") var learners: [String] = []

    func run() throws {
        let session = try LabSession.open(global)
        let content = try ProcessContent.locate()
        let catalog = LabCatalog.load(content: content)
        let names = learners.isEmpty ? try session.progress.report(at: Date()).learners.map(\.learner) : learners
        var unearned = 0
        for name in names {
            for verdict in try HandInRegrader.regrade(learner: name, store: session.progress, catalog: catalog,
                                                      solutions: SolutionLibrary(content: content)) {
                let recorded = verdict.recordedPass ? "recorded pass" : "recorded open"
                let regraded = verdict.regradedPass ? "re-graded pass" : "re-graded FAIL"
                print("\(verdict.learner) \(verdict.lab)/\(verdict.step): \(recorded), \(regraded)")
                if verdict.recordedPass && !verdict.regradedPass {
                    unearned += 1
                    for message in verdict.messages { print(message.split(separator: "\n").map { "  \($0)" }.joined(separator: "\n")) }
                }
            }
        }
        if unearned > 0 {
            print("\(unearned) recorded pass(es) not earned by the answer files.")
            throw ExitCode(1)
        }
    }
}
