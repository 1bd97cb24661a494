import ArgumentParser
import Foundation
import LabKit

/// `lab progress`: the learner's standing; `export` and `handin` write it out.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show your standing, export it, or write a hand-in file for your instructor.",
        subcommands: [ProgressShow.self, ProgressExport.self, ProgressHandIn.self],
        defaultSubcommand: ProgressShow.self)
}

struct ProgressShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Your points, steps, hints and exams.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let session = try LabSession.open(global)
        let name = LearnerName.current(environment: ProcessInfo.processInfo.environment)
        let report = try session.progress.report(learners: [name], at: Date())
        guard let totals = report.learners.first else {
            print("No progress recorded yet for \(name). Start the REPL with 'lab', or try 'lab exam practice'.")
            return
        }
        print("Learner \(totals.learner)")
        print("  points        \(totals.points) of \(totals.maxPoints)")
        print("  steps passed  \(totals.stepsPassed) of \(totals.stepsTried) tried, \(totals.attempts) attempt(s), "
              + "\(totals.hints) hint(s)")
        print("  exam          \(totals.examSessions) session(s)"
              + (totals.bestExamScore.map { ", best mock exam \($0)" } ?? ""))
        for lab in LabPlan.ids {
            let rows = report.checks.filter { $0.lab == lab }
            guard !rows.isEmpty else { continue }
            print("  \(lab): \(rows.filter(\.passed).count) of \(rows.count) checks passed")
        }
    }
}

/// The formats an export can take; CSV holds one table per file.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json, html
}

/// The options `progress export` and `class export` share, and the writing they share.
struct ExportOptions: ParsableArguments {
    @Option(help: "csv, json or html.") var format: ExportFormat
    @Option(help: "With csv: checks (one row per check), totals (one per learner) or exams (one per session).")
    var table: String = ProgressReport.Table.checks.rawValue
    @Option(help: ArgumentHelp("Write here instead of standard output.", valueName: "file")) var out: String?

    func validate() throws {
        guard ProgressReport.Table(rawValue: table) != nil else {
            throw ValidationError("--table must be checks, totals or exams")
        }
        if format != .csv && table != ProgressReport.Table.checks.rawValue {
            throw ValidationError("--table applies to --format csv only")
        }
    }

    func write(_ report: ProgressReport, title: String) throws {
        let text: String
        switch format {
        case .csv: text = report.csv(ProgressReport.Table(rawValue: table) ?? .checks)
        case .json: text = try report.json()
        case .html:
            let catalog = LabCatalog.load(content: try ProcessContent.locate())
            text = report.html(title: title, stepsPerLab: Dictionary(uniqueKeysWithValues: catalog.labs.map { ($0.id, $0.steps.count) }))
        }
        guard let out else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            throw LabFailure("cannot write \(out): \(error.localizedDescription)")
        }
        FileHandle.standardError.write(Data("Wrote \(out).\n".utf8))
    }
}

struct ProgressExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Per-check rows, totals and exam sessions as CSV, JSON or an HTML report.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var export: ExportOptions

    func run() throws {
        let session = try LabSession.open(global)
        let name = LearnerName.current(environment: ProcessInfo.processInfo.environment)
        try export.write(try session.progress.report(learners: [name], at: Date()),
                         title: "Redshift Lab progress: \(name)")
    }
}

struct ProgressHandIn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handin",
        abstract: "Write your progress and answer files to one file to give your instructor.")

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("The hand-in file to write.", valueName: "file")) var out: String

    func run() throws {
        let session = try LabSession.open(global)
        let name = LearnerName.current(environment: ProcessInfo.processInfo.environment)
        let handIn = try session.progress.handIn(learner: name, answerFiles: AnswerFiles.read(in: session.workspace),
                                                 at: Date(), createdBy: "lab \(Lab.version)")
        do {
            try handIn.encoded().write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            throw LabFailure("cannot write \(out): \(error.localizedDescription)")
        }
        print("Wrote \(out): \(handIn.attempts.count) attempt(s), \(handIn.exams.count) exam session(s), "
              + "\(handIn.answerFiles.count) answer file(s) for \(name).")
    }
}
