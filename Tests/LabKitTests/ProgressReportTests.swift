import CloudSim
import Foundation
import Testing
@testable import LabKit

@Suite struct ProgressReportTests {
    let tmp = TemporaryDirectory()
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    func check(_ id: String, _ passed: Bool, _ points: Int = 2) -> CheckResult {
        CheckResult(checkID: id, passed: passed, points: passed ? points : 0, maxPoints: points,
                    message: passed ? "ok" : "expected \"x, y\" found none")
    }

    /// ana: two attempts at one step (the second passes), a hint; one timed exam. bob: one failing attempt.
    func populated() throws -> ProgressStore {
        let store = try ProgressStore(at: tmp.path("p.sqlite"))
        let ana = try store.learnerID(named: "ana", at: t0)
        let bob = try store.learnerID(named: "bob", at: t0)
        try store.recordAttempt(learner: ana, lab: "02-data-lake", step: "buckets", at: t0,
                                checks: [check("exists", true), check("encrypted", false, 3)])
        try store.recordHint(learner: ana, lab: "02-data-lake", step: "buckets", tier: 1, at: t0 + 10)
        try store.recordAttempt(learner: ana, lab: "02-data-lake", step: "buckets", at: t0 + 60,
                                checks: [check("exists", true), check("encrypted", true, 3)])
        try store.recordAttempt(learner: bob, lab: "02-data-lake", step: "buckets", at: t0,
                                checks: [check("exists", false), check("encrypted", false, 3)])
        let clock = ManualClock(start: t0)
        let items = [ExamFixtures.item("ing-1"), ExamFixtures.item("sec-1", domain: .security)]
        let run = try ExamRun(start: .take, items: items, store: store, learner: ana, clock: clock)
        _ = try run.answer(position: 0, chosen: [0], seconds: 30)
        _ = try run.answer(position: 1, chosen: [2], seconds: 30)
        try run.submit()
        return store
    }

    @Test func checkRowsFollowEachLearnersLatestAttempt() throws {
        let report = try populated().report(at: t0)
        #expect(report.checks.count == 4)
        let ana = report.checks.filter { $0.learner == "ana" }
        #expect(ana.map(\.passed) == [true, true])
        #expect(ana.map(\.attempts) == [2, 2])
        #expect(ana.map(\.hints) == [1, 1])
        #expect(ana[0].firstPassAt == t0 + 60)
        #expect(report.checks.filter { $0.learner == "bob" }.allSatisfy { !$0.passed && $0.firstPassAt == nil })
        let totals = try #require(report.learners.first { $0.learner == "ana" })
        #expect(totals.points == 5)
        #expect(totals.maxPoints == 5)
        #expect(totals.stepsPassed == 1)
        #expect(totals.bestExamScore == 550)
        #expect(report.exams.count == 1)
        #expect(report.exams[0].domainPercent == ["1": 100, "4": 0])
    }

    @Test func aLearnerFilterNarrowsTheReport() throws {
        let report = try populated().report(learners: ["bob"], at: t0)
        #expect(report.learners.map(\.learner) == ["bob"])
        #expect(Set(report.checks.map(\.learner)) == ["bob"])
        #expect(report.exams.isEmpty)
    }

    @Test func csvIsRFC4180WithOneTablePerFile() throws {
        let report = try populated().report(at: t0)
        let checks = report.csv(.checks)
        #expect(checks.hasPrefix("learner,lab,step,check,passed,points,max_points,attempts,hints,first_pass_at\r\n"))
        #expect(checks.contains("ana,02-data-lake,buckets,encrypted,t,3,3,2,1,2027-01-15T08:01:00Z\r\n"))
        #expect(checks.split(separator: "\r\n").count == 5)
        #expect(report.csv(.exams).contains("ana,1,take,"))
        #expect(report.csv(.exams).hasSuffix(",2,2,1,550,f,100,,,0\r\n"))
        #expect(report.csv(.totals).contains("bob,0,5,0,1,1,0,0,\r\n"))
        #expect(CSVWriter.field("say \"hi\", then\nleave") == "\"say \"\"hi\"\", then\nleave\"")
    }

    @Test func jsonRoundTrips() throws {
        let report = try populated().report(at: t0)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        #expect(try decoder.decode(ProgressReport.self, from: Data(report.json().utf8)) == report)
    }

    @Test func htmlIsSelfContainedWithChartsAndEscapedText() throws {
        let store = try populated()
        let odd = try store.learnerID(named: "<script>alert(1)</script>", at: t0)
        try store.recordHint(learner: odd, lab: "01-orientation", step: "start", tier: 1, at: t0)
        let html = try store.report(at: t0).html(title: "Class & co", stepsPerLab: ["02-data-lake": 4])
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<title>Class &amp; co</title>"))
        #expect(html.components(separatedBy: "<svg ").count - 1 == 3)
        #expect(html.contains("Completion per lab (steps passed)"))
        // ana passed 1 of 4 steps, bob none, the third learner none: 1 / (4 * 3).
        #expect(html.contains("02-data-lake · completed: 8.3%"))
        #expect(html.contains("Attempts and hints per step"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") || html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!html.contains("src="))
    }
}

@Suite struct HandInTests {
    let tmp = TemporaryDirectory()
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func aHandInCarriesEverythingAndImportsIntoAnotherWorkspace() throws {
        let learnerStore = try ProgressStore(at: tmp.path("learner.sqlite"))
        let ana = try learnerStore.learnerID(named: "ana", at: t0)
        try learnerStore.recordAttempt(learner: ana, lab: "07-star-schema", step: "fact", at: t0, checks: [
            CheckResult(checkID: "distkey", passed: true, points: 4, maxPoints: 4, message: "ok")])
        try learnerStore.recordHint(learner: ana, lab: "07-star-schema", step: "fact", tier: 2, at: t0)
        let run = try ExamRun(start: .practice, items: [ExamFixtures.item("sto-1", domain: .storeManagement)],
                              store: learnerStore, learner: ana, clock: ManualClock(start: t0))
        _ = try run.answer(position: 0, chosen: [0], seconds: 12)
        try run.submit()
        let handIn = try learnerStore.handIn(learner: "ana", answerFiles: ["07-star-schema/fact.sql": "create table f (a int);"],
                                             at: t0, createdBy: "lab test")
        let decoded = try HandIn.decode(handIn.encoded(), file: "ana.json")
        #expect(decoded == handIn)

        let instructor = try ProgressStore(at: tmp.path("class.sqlite"))
        try instructor.importHandIn(decoded)
        try instructor.importHandIn(decoded)
        let report = try instructor.report(at: t0)
        #expect(report.learners.map(\.learner) == ["ana"])
        #expect(report.learners[0].attempts == 1)
        #expect(report.learners[0].hints == 1)
        #expect(report.checks.map(\.check) == ["distkey"])
        #expect(report.exams.map(\.correct) == [1])
        #expect(try instructor.handInAnswerFiles(learner: "ana") == ["07-star-schema/fact.sql": "create table f (a int);"])
        let id = try instructor.learnerID(named: "ana", at: t0)
        #expect(try instructor.stepStatus(learner: id, lab: "07-star-schema", step: "fact") == "passed")
    }

    @Test func filesThatAreNotHandInsAreRefusedWithTheReason() throws {
        #expect(throws: HandInError.notAHandIn("x.json", reason: "it is not JSON")) {
            try HandIn.decode(Data("hello".utf8), file: "x.json")
        }
        #expect(throws: HandInError.notAHandIn("x.json", reason: "field 'format' is missing")) {
            try HandIn.decode(Data("{}".utf8), file: "x.json")
        }
        let store = try ProgressStore(at: tmp.path("p.sqlite"))
        var handIn = try store.handIn(learner: "ana", answerFiles: [:], at: t0, createdBy: "lab test")
        handIn.version = 9
        #expect(throws: HandInError.newerVersion("x.json", 9)) { try HandIn.decode(handIn.encoded(), file: "x.json") }
        handIn.version = 1
        handIn.format = "something-else"
        #expect(throws: HandInError.notAHandIn("x.json", reason: "its format is 'something-else'")) {
            try HandIn.decode(handIn.encoded(), file: "x.json")
        }
        handIn.format = HandIn.formatName
        handIn.learner = " "
        #expect(throws: HandInError.notAHandIn("x.json", reason: "it names no learner")) {
            try HandIn.decode(handIn.encoded(), file: "x.json")
        }
    }

    @Test func answerFilesAreReadFromTheWorkspaceOnly() throws {
        let workspace = try Workspace.open(at: tmp.path("ws"), createdBy: "lab test")
        let lab = workspace.answersDirectory.appendingPathComponent("08-loading")
        try FileManager.default.createDirectory(at: lab, withIntermediateDirectories: true)
        try Data("copy sales from 's3://raw/sales/';".utf8).write(to: lab.appendingPathComponent("copy.sql"))
        try Data("notes".utf8).write(to: lab.appendingPathComponent("notes.txt"))
        let outside = tmp.path("secret.sql")
        try Data("secret".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(at: lab.appendingPathComponent("link.sql"), withDestinationURL: outside)
        #expect(try AnswerFiles.read(in: workspace) == ["08-loading/copy.sql": "copy sales from 's3://raw/sales/';"])
    }
}
