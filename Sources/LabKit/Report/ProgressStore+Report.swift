import Foundation
import GRDB

extension ProgressStore {
    /// Builds the report for the named learners, or every learner in the store.
    public func report(learners names: [String]? = nil, at time: Date) throws -> ProgressReport {
        try pool.read { db in
            let learners = try Row.fetchAll(db, sql: "SELECT id, name FROM learner ORDER BY name")
                .map { (id: $0["id"] as Int64, name: $0["name"] as String) }
                .filter { names?.contains($0.name) ?? true }
            var checks: [ProgressReport.CheckRow] = []
            var exams: [ProgressReport.ExamRow] = []
            var totals: [ProgressReport.LearnerTotals] = []
            for learner in learners {
                let learnerChecks = try Self.checkRows(db, learner: learner.id, name: learner.name)
                let learnerExams = try Self.examRows(db, learner: learner.id, name: learner.name)
                checks += learnerChecks
                exams += learnerExams
                totals.append(try Self.totals(db, learner: learner.id, name: learner.name, checks: learnerChecks,
                                              exams: learnerExams))
            }
            return ProgressReport(generatedAt: time, learners: totals, checks: checks, exams: exams)
        }
    }

    private static func checkRows(_ db: Database, learner: Int64, name: String) throws -> [ProgressReport.CheckRow] {
        let latest = try Row.fetchAll(db, sql: """
            SELECT a.lab_id, a.step_id, c.check_id, c.passed, c.points, c.max_points,
                   (SELECT COUNT(*) FROM attempt x WHERE x.learner_id = a.learner_id AND x.lab_id = a.lab_id
                      AND x.step_id = a.step_id) AS attempts,
                   (SELECT COUNT(*) FROM hint_used h WHERE h.learner_id = a.learner_id AND h.lab_id = a.lab_id
                      AND h.step_id = a.step_id) AS hints,
                   (SELECT first_passed_at FROM step_progress p WHERE p.learner_id = a.learner_id
                      AND p.lab_id = a.lab_id AND p.step_id = a.step_id) AS first_pass
            FROM attempt a JOIN attempt_check c ON c.attempt_id = a.id
            WHERE a.learner_id = ? AND a.id = (SELECT MAX(y.id) FROM attempt y WHERE y.learner_id = a.learner_id
                                               AND y.lab_id = a.lab_id AND y.step_id = a.step_id)
            ORDER BY a.lab_id, a.step_id, c.rowid
            """, arguments: [learner])
        return latest.map { row in
            ProgressReport.CheckRow(learner: name, lab: row["lab_id"], step: row["step_id"], check: row["check_id"],
                                    passed: row["passed"], points: row["points"], maxPoints: row["max_points"],
                                    attempts: row["attempts"], hints: row["hints"], firstPassAt: row["first_pass"])
        }
    }

    private static func examRows(_ db: Database, learner: Int64, name: String) throws -> [ProgressReport.ExamRow] {
        let sessions = try Row.fetchAll(db, sql: """
            SELECT * FROM exam_session WHERE learner_id = ? AND mode != 'review' ORDER BY started_at, id
            """, arguments: [learner])
        return try sessions.map { session in
            let id: Int64 = session["id"]
            let answers = try Row.fetchAll(db, sql: """
                SELECT item_id, correct, answered_at FROM exam_answer WHERE session_id = ? ORDER BY position
                """, arguments: [id])
            let answered = answers.filter { ($0["answered_at"] as Date?) != nil }
            var byDomain: [String: (right: Int, total: Int)] = [:]
            for answer in answered {
                guard let domain = ExamDomain(itemID: answer["item_id"]) else { continue }
                let key = String(domain.rawValue)
                byDomain[key, default: (0, 0)].total += 1
                if answer["correct"] as Bool? == true { byDomain[key, default: (0, 0)].right += 1 }
            }
            return ProgressReport.ExamRow(
                learner: name, session: id, mode: session["mode"], startedAt: session["started_at"],
                submittedAt: session["submitted_at"], questions: answers.count, answered: answered.count,
                correct: answered.filter { ($0["correct"] as Bool?) == true }.count,
                scaledScore: session["scaled_score"], passed: session["passed"],
                domainPercent: byDomain.mapValues { Int((Double($0.right) * 100 / Double($0.total)).rounded()) })
        }
    }

    private static func totals(_ db: Database, learner: Int64, name: String, checks: [ProgressReport.CheckRow],
                               exams: [ProgressReport.ExamRow]) throws -> ProgressReport.LearnerTotals {
        let stepsPassed = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM step_progress WHERE learner_id = ? AND status = 'passed'
            """, arguments: [learner]) ?? 0
        let stepsTried = try Int.fetchOne(db, sql: """
            SELECT COUNT(DISTINCT lab_id || '/' || step_id) FROM attempt WHERE learner_id = ?
            """, arguments: [learner]) ?? 0
        let attempts = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM attempt WHERE learner_id = ?",
                                        arguments: [learner]) ?? 0
        let hints = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM hint_used WHERE learner_id = ?",
                                     arguments: [learner]) ?? 0
        return ProgressReport.LearnerTotals(
            learner: name, points: checks.map(\.points).reduce(0, +), maxPoints: checks.map(\.maxPoints).reduce(0, +),
            stepsPassed: stepsPassed, stepsTried: stepsTried, attempts: attempts, hints: hints,
            examSessions: exams.count, bestExamScore: exams.filter { $0.mode == "take" }.compactMap(\.scaledScore).max())
    }
}
