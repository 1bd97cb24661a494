import CloudSim
import Foundation
import Testing
@testable import LabKit

/// A two-lab course in a temporary folder: 01 makes a bucket, 02 builds on it and asks for objects.
final class FixtureCourse {
    let tmp = TemporaryDirectory()
    var content: URL { tmp.path("labs") }

    init(secondLabCheck: String = "equals: data/a.csv", solutionTwo: String = "aws s3api put-object --bucket fx-{account} --key data/a.csv") throws {
        try write("labs/01-orientation/lab.yaml", """
        id: 01-orientation
        title: First
        summary: One bucket.
        steps:
          - id: bucket
            title: Make the bucket
            instructions: "Run `aws s3 mb s3://fx-{account}`."
            hints: ["Use mb.", "Buckets hold objects.", "aws s3 mb s3://fx-{account}"]
            checks:
              - id: exists
                expect: bucket fx-{account} exists
                points: 4
                aws: s3api list-buckets
                path: Buckets[*].Name
                equals: fx-{account}
          - id: code
            title: Hand in a code
            instructions: Submit OK.
            hints: ["Type submit OK."]
            checks:
              - id: ok
                expect: you handed in OK
                submitted: OK
        """)
        try write("labs/02-data-lake/lab.yaml", """
        id: 02-data-lake
        title: Second
        summary: Objects.
        builds_on: 01-orientation
        steps:
          - id: object
            title: Put an object
            instructions: Put data/a.csv.
            hints: ["put-object"]
            checks:
              - id: key
                expect: data/a.csv exists
                aws: s3api list-objects-v2 --bucket fx-{account}
                path: Contents[*].Key
                \(secondLabCheck)
        """)
        try FileManager.default.createDirectory(at: tmp.path("labs/exam"), withIntermediateDirectories: true)
        try write("solutions/01-orientation/bucket.txt", "aws s3 mb s3://fx-{account}\n")
        try write("solutions/01-orientation/code.txt", "# a comment\nsubmit OK\n")
        try write("solutions/02-data-lake/object.txt", solutionTwo + "\n")
    }

    func write(_ path: String, _ text: String) throws {
        let url = tmp.path(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func guide() throws -> LabGuide {
        let workspace = try Workspace.open(at: tmp.path("ws"), createdBy: "test")
        let store = try ProgressStore(at: workspace.progressDatabase)
        return LabGuide(catalog: LabCatalog.load(content: content), solutions: SolutionLibrary(content: content),
                        workspace: workspace, store: store, learner: try store.learnerID(named: "ana", at: Date()),
                        clock: ManualClock())
    }
}

@Suite struct LabGuideTests {
    @Test func aLearnerWorksThroughStepsWithHintsAndChecks() throws {
        let course = try FixtureCourse()
        let guide = try course.guide()
        #expect(try guide.position()?.step.id == "bucket")
        let failing = try guide.checkCurrent()
        #expect(!failing.passed)
        #expect(failing.results[0].message == "✗ expected: bucket fx-123456789012 exists\n  found: nothing at Buckets[*].Name")
        #expect(try guide.nextHint()?.tier == 1)
        #expect(try guide.nextHint()?.hint.text == "Buckets hold objects.")
        #expect(try guide.nextHint()?.tier == 3)
        #expect(try guide.nextHint() == nil)
        #expect(throws: LabGuideError.solutionLocked("bucket")) { try guide.solution(givingUp: false) }

        _ = AWSCLI(world: try World(workspace: guide.workspace.root)).run(["s3", "mb", "s3://fx-123456789012"])
        let passing = try guide.checkCurrent()
        #expect(passing.passed)
        #expect(passing.score == 4)
        #expect(passing.next?.id == "code")
        #expect(try guide.position()?.step.id == "code")
        #expect(try guide.store.hintsUsed(learner: guide.learner, lab: "01-orientation", step: "bucket") == [1, 2, 3])

        #expect(throws: LabGuideError.solutionLocked("code")) { try guide.solution(givingUp: false) }
        #expect(try guide.solution(givingUp: true).contains("submit OK"))
        _ = try guide.move(by: -1)
        #expect(try guide.solution(givingUp: false) == "aws s3 mb s3://fx-123456789012\n")
        _ = try guide.move(by: 1)
        #expect(try guide.store.hasGivenUp(learner: guide.learner, lab: "01-orientation", step: "code"))
        _ = try guide.submit("ok")
        let last = try guide.checkCurrent()
        #expect(last.passed && last.next == nil)
        #expect(try guide.store.stepStatus(learner: guide.learner, lab: "01-orientation", step: "code") == "passed")
    }

    @Test func navigationStaysInsideTheLabAndGotoFindsLabsAndSteps() throws {
        let guide = try FixtureCourse().guide()
        #expect(throws: LabGuideError.firstStep("01-orientation")) { try guide.move(by: -1) }
        #expect(try guide.move(by: 1).step.id == "code")
        #expect(throws: LabGuideError.lastStep("01-orientation")) { try guide.move(by: 1) }
        #expect(try guide.goto("02-data-lake").step.id == "object")
        #expect(try guide.position()?.lab.id == "02-data-lake")
        #expect(try guide.goto("01-orientation").step.id == "bucket")
        #expect(try guide.goto("code").step.id == "code")
        #expect(throws: LabGuideError.self) { try guide.goto("nowhere") }
    }

    @Test func resetRebuildsTheWorldALabStartsFrom() throws {
        let course = try FixtureCourse()
        let guide = try course.guide()
        let world = try World(workspace: guide.workspace.root)
        _ = AWSCLI(world: world).run(["s3", "mb", "s3://stray-bucket"])
        let lab = try #require(guide.catalog.lab("02-data-lake"))
        try LabReset.rebuild(guide.workspace, catalog: guide.catalog, solutions: guide.solutions, lab: lab)
        let names = AWSCLI(world: try World(workspace: guide.workspace.root)).run(["s3", "ls"]).stdout
        #expect(names.contains("fx-123456789012"))
        #expect(!names.contains("stray-bucket"))
    }

    @Test func verificationPassesAGoodCourse() throws {
        let course = try FixtureCourse()
        let catalog = LabCatalog.load(content: course.content)
        #expect(catalog.problems.isEmpty)
        for lab in catalog.labs {
            let report = LabVerifier.verify(lab, catalog: catalog, solutions: SolutionLibrary(content: course.content))
            #expect(report.problems.isEmpty, "\(report.problems)")
        }
    }

    @Test func verificationCatchesACheckThatPassesTooEarlyOrNeverPasses() throws {
        let early = try FixtureCourse(secondLabCheck: "exists: false")
        let catalog = LabCatalog.load(content: early.content)
        let lab = try #require(catalog.lab("02-data-lake"))
        let report = LabVerifier.verify(lab, catalog: catalog, solutions: SolutionLibrary(content: early.content))
        #expect(report.problems.contains("object/key already passes on the lab's starting state"))

        let never = try FixtureCourse(solutionTwo: "aws s3api put-object --bucket fx-{account} --key data/b.csv")
        let neverCatalog = LabCatalog.load(content: never.content)
        let neverReport = LabVerifier.verify(try #require(neverCatalog.lab("02-data-lake")), catalog: neverCatalog,
                                             solutions: SolutionLibrary(content: never.content))
        #expect(neverReport.problems == ["object/key fails after the reference solution: found Contents[*].Key is data/b.csv"])

        let broken = try FixtureCourse(solutionTwo: "aws s3api put-object --bucket missing-bucket --key x")
        let brokenCatalog = LabCatalog.load(content: broken.content)
        let brokenReport = LabVerifier.verify(try #require(brokenCatalog.lab("02-data-lake")), catalog: brokenCatalog,
                                              solutions: SolutionLibrary(content: broken.content))
        #expect(brokenReport.problems.first?.hasPrefix("the reference solution of 02-data-lake/object failed at 'aws s3api put-object --bucket missing-bucket --key x'") == true)
    }
}
