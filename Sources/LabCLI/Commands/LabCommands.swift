import ArgumentParser
import Foundation
import LabKit

/// `lab check [LAB] [--json]`: grades every step of a lab from the shell; exit 0 only when all pass.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Grade every step of a lab (default: your current lab).",
        discussion: "Exits 0 only when every check of the lab passes, so scripts and CI can rely on it.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The lab to grade, e.g. 02-data-lake.") var lab: String?
    @Flag(help: "Print the results as JSON.") var json = false

    func run() throws {
        let guide = try LabDesk.open(LabSession.open(global)).guide
        let definition: LabDefinition
        if let lab {
            guard let found = guide.catalog.lab(lab) else {
                throw LabFailure("no lab '\(lab)' (installed: \(guide.catalog.labs.map(\.id).joined(separator: ", ")))")
            }
            definition = found
        } else {
            definition = try guide.requirePosition().lab
        }
        let graded = try definition.steps.map { ($0, try guide.grade(lab: definition, step: $0)) }
        let passed = graded.allSatisfy { $0.1.allSatisfy(\.passed) }
        if json {
            print(try LabCheckReport(lab: definition, graded: graded).json())
        } else {
            for (step, results) in graded {
                print("\(step.id): \(results.allSatisfy(\.passed) ? "passed" : "not yet")")
                for result in results { print(result.message.split(separator: "\n").map { "  \($0)" }.joined(separator: "\n")) }
            }
            let score = graded.flatMap(\.1).map(\.points).reduce(0, +)
            print("\(definition.id): \(score)/\(definition.maxPoints) points, " + (passed ? "every check passes." : "not complete."))
        }
        if !passed { throw ExitCode(1) }
    }
}

/// The JSON shape of `lab check --json`.
struct LabCheckReport: Encodable {
    struct Step: Encodable {
        var id: String
        var passed: Bool
        var checks: [CheckResult]
    }

    var lab: String
    var passed: Bool
    var score: Int
    var maxScore: Int
    var steps: [Step]

    init(lab: LabDefinition, graded: [(LabStep, [CheckResult])]) {
        self.lab = lab.id
        steps = graded.map { Step(id: $0.0.id, passed: $0.1.allSatisfy(\.passed), checks: $0.1) }
        passed = steps.allSatisfy(\.passed)
        score = graded.flatMap(\.1).map(\.points).reduce(0, +)
        maxScore = lab.maxPoints
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

/// `lab labs`: every lab of the plan with the learner's progress.
struct LabsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "labs", abstract: "List the labs and your progress.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let guide = try LabDesk.open(LabSession.open(global)).guide
        print(try LabScreen.overview(guide, current: try guide.position()?.lab.id))
    }
}

/// `lab hint`: the next hint tier of the current step.
struct HintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "hint", abstract: "Reveal the next hint for your current step.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let desk = try LabDesk.open(LabSession.open(global))
        guard try LabWordHandler(desk: desk, console: StandardConsole()).run(.hint, arguments: "") else { throw ExitCode(1) }
    }
}

/// `lab reset [step|lab|--all]`: rebuilds the world the current step or lab starts from.
struct ResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset", abstract: "Rebuild the world your current step (or lab) starts from; progress is kept.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "step (default), lab, or --all for an empty world.") var scope: String = "step"
    @Flag(name: .customLong("all"), help: "Empty the simulated world.") var all = false

    func run() throws {
        let desk = try LabDesk.open(LabSession.open(global))
        _ = try LabWordHandler(desk: desk, console: StandardConsole()).run(.reset, arguments: all ? "--all" : scope)
    }
}

/// `lab dev`: tools for lab authors.
struct DevCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dev", abstract: "Tools for lab authors.", subcommands: [Verify.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run each lab's reference solutions in a fresh workspace and check every check.",
            discussion: "Every check must fail on the lab's starting state and pass after its step's solution. "
                + "Without a lab, hands-on exam items are verified the same way.")

        @Argument(help: "One lab to verify (default: all).") var lab: String?

        func run() throws {
            let content = try ProcessContent.locate()
            let catalog = LabCatalog.load(content: content)
            var failed = !catalog.problems.isEmpty
            for problem in catalog.problems { print("✗ \(problem)") }
            let labs = lab.map { id in catalog.labs.filter { $0.id == id } } ?? catalog.labs
            if let lab, labs.isEmpty, catalog.problems.isEmpty { throw LabFailure("no lab '\(lab)' is installed") }
            if lab == nil {
                do {
                    let bank = try ExamBank.load(directory: content.appendingPathComponent("exam", isDirectory: true))
                    let handsOn = bank.items.filter(\.isHandsOn)
                    let problems = handsOn.flatMap(HandsOnVerifier.verify)
                    for problem in problems { print("✗ exam: \(problem)") }
                    if problems.isEmpty { print("✓ exam: \(handsOn.count) hands-on item(s) answerable, none passes unanswered") }
                    failed = failed || !problems.isEmpty
                } catch {
                    print("✗ exam: \(error)")
                    failed = true
                }
            }
            for definition in labs {
                let report = LabVerifier.verify(definition, catalog: catalog, solutions: SolutionLibrary(content: content))
                if report.problems.isEmpty {
                    print("✓ \(report.lab): \(report.checksVerified) check(s) fail at the start and pass after the solutions")
                } else {
                    failed = true
                    for problem in report.problems { print("✗ \(report.lab): \(problem)") }
                }
            }
            if failed { throw ExitCode(1) }
        }
    }
}
