import Foundation
import Testing
@testable import LabKit

@Suite struct HandInRegraderTests {
    let tmp = TemporaryDirectory()

    func write(_ path: String, _ text: String) throws {
        let url = tmp.path(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// A one-lab course whose second step needs the first step's table.
    func course() throws -> (LabCatalog, SolutionLibrary) {
        try write("labs/01-orientation/lab.yaml", """
        id: 01-orientation
        title: SQL
        summary: Tables.
        steps:
          - id: base
            title: A base table
            instructions: Make t.
            hints: ["create table t (id int)"]
            checks:
              - id: t
                expect: t exists
                table: t
          - id: fact
            title: The fact table
            instructions: Make f distributed on id.
            hints: ["distkey"]
            checks:
              - id: f
                expect: f is distributed on id
                table: f
                diststyle: key
                distkey: id
        """)
        try write("solutions/01-orientation/base.txt", "create table t (id int);\n")
        try write("solutions/01-orientation/fact.txt", "create table f (id int distkey);\n")
        let content = tmp.path("labs")
        return (LabCatalog.load(content: content), SolutionLibrary(content: content))
    }

    func handIn(fact: String, passed: Bool) -> HandIn {
        HandIn(format: HandIn.formatName, version: HandIn.formatVersion, learner: "ana", createdAt: Date(),
               createdBy: "test",
               attempts: [.init(lab: "01-orientation", step: "fact", at: Date(),
                                checks: [CheckResult(checkID: "f", passed: passed, points: passed ? 1 : 0, maxPoints: 1,
                                                     message: passed ? "✓" : "✗")])],
               hints: [], exams: [], answerFiles: ["01-orientation/fact.sql": fact])
    }

    @Test func anEditedHandInCannotClaimAPassItsAnswerDoesNotEarn() throws {
        let (catalog, solutions) = try course()
        #expect(catalog.problems.isEmpty)
        let store = try ProgressStore(at: tmp.path("class.sqlite"))
        try store.importHandIn(handIn(fact: "create table f (id int);", passed: true))
        let forged = try HandInRegrader.regrade(learner: "ana", store: store, catalog: catalog, solutions: solutions)
        #expect(forged.map(\.recordedPass) == [true])
        #expect(forged.map(\.regradedPass) == [false])
        #expect(forged[0].messages == ["✗ expected: f is distributed on id\n  found: table f: DISTSTYLE is AUTO; it has no DISTKEY"])

        try store.importHandIn(handIn(fact: "create table f (id int distkey);", passed: true))
        let honest = try HandInRegrader.regrade(learner: "ana", store: store, catalog: catalog, solutions: solutions)
        #expect(honest.map(\.regradedPass) == [true])
    }

    @Test func anAnswerThatDoesNotRunFailsEveryCheck() throws {
        let (catalog, solutions) = try course()
        let store = try ProgressStore(at: tmp.path("class.sqlite"))
        try store.importHandIn(handIn(fact: "create tabel f (id int);", passed: false))
        let verdicts = try HandInRegrader.regrade(learner: "ana", store: store, catalog: catalog, solutions: solutions)
        #expect(verdicts.first?.messages == ["✗ the answer file does not run on the step's starting state"])
    }
}
