import Foundation
import GRDB
import Testing
@testable import LabKit

@Suite struct ProgressStoreTests {
    let when = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func migratesAnEmptyFileAndUsesWAL() throws {
        let tmp = TemporaryDirectory()
        let url = tmp.path("progress.sqlite")
        try Data().write(to: url)
        let store = try ProgressStore(at: url)
        #expect(try store.appliedMigrations() == ["v1-learners-labs-attempts-exams", "v2-exam-schedule-and-item-reports",
                                                  "v3-hand-in-answer-files", "v4-current-lab-answers-give-ups"])
        let mode = try store.pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let tables = try store.pool.read {
            try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb%' AND name NOT LIKE 'sqlite%' ORDER BY name")
        }
        #expect(tables == ["attempt", "attempt_check", "exam_answer", "exam_item_report", "exam_schedule", "exam_session",
                           "handin_answer", "hint_used", "lab_progress", "learner", "learner_state", "step_answer",
                           "step_progress"])
    }

    @Test func reopeningKeepsEverything() throws {
        let tmp = TemporaryDirectory()
        let url = tmp.path("progress.sqlite")
        do {
            let store = try ProgressStore(at: url)
            let me = try store.learnerID(named: "ana", at: when)
            try store.recordHint(learner: me, lab: "01-orientation", step: "clock", tier: 1, at: when)
        }
        let store = try ProgressStore(at: url)
        let me = try store.learnerID(named: "ana", at: when)
        #expect(try store.hintsUsed(learner: me, lab: "01-orientation", step: "clock") == [1])
        #expect(try store.appliedMigrations().count == 4)
    }

    @Test func aFileFromAnOlderLabUpgradesInPlaceKeepingItsData() throws {
        let tmp = TemporaryDirectory()
        let url = tmp.path("progress.sqlite")
        do {
            let old = try DatabasePool(path: url.path)
            try ProgressSchema.migrator.migrate(old, upTo: "v1-learners-labs-attempts-exams")
            try old.write { db in
                try db.execute(sql: "PRAGMA application_id = \(ProgressStore.applicationID)")
                try db.execute(sql: "INSERT INTO learner (name, created_at) VALUES ('ana', '2026-01-01 00:00:00')")
            }
        }
        let store = try ProgressStore(at: url)
        #expect(try store.appliedMigrations().count == 4)
        #expect(try store.learnerID(named: "ana", at: when) == 1)
        try store.reportExamItem(learner: 1, item: "ing-001", reason: "two answers fit", at: when)
        #expect(try store.examItemReports(learner: 1).map(\.reason) == ["two answers fit"])
    }

    @Test func refusesACorruptFileWithoutTouchingIt() throws {
        let tmp = TemporaryDirectory()
        let url = tmp.path("progress.sqlite")
        let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        try garbage.write(to: url)
        #expect(throws: ProgressStoreError.notADatabase(url.path)) { try ProgressStore(at: url) }
        #expect(try Data(contentsOf: url) == garbage)
        #expect(!FileManager.default.fileExists(atPath: url.path + "-wal"))
    }

    @Test func refusesAForeignSQLiteDatabaseWithoutTouchingIt() throws {
        let tmp = TemporaryDirectory()
        let url = tmp.path("other.sqlite")
        do {
            let other = try DatabaseQueue(path: url.path)
            try other.write { try $0.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)") }
        }
        let before = try Data(contentsOf: url)
        #expect(throws: ProgressStoreError.foreignDatabase(url.path)) { try ProgressStore(at: url) }
        #expect(try Data(contentsOf: url) == before)
    }

    @Test func refusesAStoreWrittenByANewerLab() throws {
        let tmp = TemporaryDirectory()
        let url = tmp.path("progress.sqlite")
        do {
            let store = try ProgressStore(at: url)
            try store.pool.write {
                try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
            }
        }
        #expect(throws: ProgressStoreError.newerSchema(url.path)) { try ProgressStore(at: url) }
    }

    @Test func recordsAttemptsWithPerCheckResultsAndPassesAStepOnce() throws {
        let tmp = TemporaryDirectory()
        let store = try ProgressStore(at: tmp.path("p.sqlite"))
        let me = try store.learnerID(named: "ana", at: when)
        #expect(try store.learnerID(named: "ana", at: when) == me)
        let failing = [CheckResult(checkID: "bucket-exists", passed: true, points: 2, maxPoints: 2, message: "ok"),
                       CheckResult(checkID: "encrypted", passed: false, points: 0, maxPoints: 3,
                                   message: "expected SSE-S3 default encryption, found none")]
        try store.recordAttempt(learner: me, lab: "02-data-lake", step: "buckets", at: when, checks: failing)
        #expect(try store.stepStatus(learner: me, lab: "02-data-lake", step: "buckets") == "open")
        var passing = failing
        passing[1] = CheckResult(checkID: "encrypted", passed: true, points: 3, maxPoints: 3, message: "ok")
        try store.recordAttempt(learner: me, lab: "02-data-lake", step: "buckets", at: when + 60, checks: passing)
        try store.recordAttempt(learner: me, lab: "02-data-lake", step: "buckets", at: when + 120, checks: failing)
        #expect(try store.stepStatus(learner: me, lab: "02-data-lake", step: "buckets") == "passed")

        let attempts = try store.attempts(learner: me, lab: "02-data-lake", step: "buckets")
        #expect(attempts.map(\.score) == [2, 5, 2])
        #expect(attempts.map(\.maxScore) == [5, 5, 5])
        #expect(attempts.map(\.passed) == [false, true, false])
        #expect(attempts[0].checks == failing)
        let firstPass = try store.pool.read {
            try Date.fetchOne($0, sql: "SELECT first_passed_at FROM step_progress")
        }
        #expect(firstPass == when + 60)
    }

    @Test func aFailedWriteLeavesNoPartialAttempt() throws {
        let tmp = TemporaryDirectory()
        let store = try ProgressStore(at: tmp.path("p.sqlite"))
        let me = try store.learnerID(named: "ana", at: when)
        let duplicate = CheckResult(checkID: "same", passed: true, points: 1, maxPoints: 1, message: "ok")
        #expect(throws: (any Error).self) {
            try store.recordAttempt(learner: me, lab: "l", step: "s", at: when, checks: [duplicate, duplicate])
        }
        #expect(try store.attempts(learner: me, lab: "l", step: "s").isEmpty)
        #expect(try store.stepStatus(learner: me, lab: "l", step: "s") == nil)
    }
}
