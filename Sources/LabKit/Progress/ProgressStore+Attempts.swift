import Foundation
import GRDB

extension ProgressStore {
    /// The learner's id if the learner has been recorded, without writing anything.
    public func existingLearnerID(named name: String) throws -> Int64? {
        try pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM learner WHERE name = ?", arguments: [name])
        }
    }

    /// The learner's id, creating the learner on first use.
    public func learnerID(named name: String, at time: Date) throws -> Int64 {
        try pool.write { db in
            if let id = try Int64.fetchOne(db, sql: "SELECT id FROM learner WHERE name = ?", arguments: [name]) {
                return id
            }
            try db.execute(sql: "INSERT INTO learner (name, created_at) VALUES (?, ?)", arguments: [name, time])
            return db.lastInsertedRowID
        }
    }

    /// Records a graded attempt with its per-check results, and moves the step to `passed` the
    /// first time every check passes. All of it commits together or not at all.
    @discardableResult
    public func recordAttempt(learner: Int64, lab: String, step: String, at time: Date,
                              checks: [CheckResult]) throws -> Int64 {
        try pool.write { db in
            try Self.insertAttempt(db, learner: learner, lab: lab, step: step, at: time, checks: checks)
        }
    }

    /// The bookkeeping of one attempt, shared by live grading and hand-in import: the attempt, its
    /// checks, the lab's start and the step's status (passed for good once every check passed).
    @discardableResult
    static func insertAttempt(_ db: Database, learner: Int64, lab: String, step: String, at time: Date,
                              checks: [CheckResult]) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO lab_progress (learner_id, lab_id, current_step, started_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (learner_id, lab_id) DO NOTHING
            """, arguments: [learner, lab, step, time])
        try db.execute(sql: """
            INSERT INTO attempt (learner_id, lab_id, step_id, at, score, max_score) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [learner, lab, step, time, checks.map(\.points).reduce(0, +),
                             checks.map(\.maxPoints).reduce(0, +)])
        let attemptID = db.lastInsertedRowID
        for check in checks {
            try db.execute(sql: """
                INSERT INTO attempt_check (attempt_id, check_id, passed, points, max_points, message)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [attemptID, check.checkID, check.passed, check.points, check.maxPoints, check.message])
        }
        let passed = checks.allSatisfy(\.passed)
        try db.execute(sql: """
            INSERT INTO step_progress (learner_id, lab_id, step_id, status, first_passed_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (learner_id, lab_id, step_id) DO UPDATE SET
              status = CASE WHEN step_progress.status = 'passed' THEN 'passed' ELSE excluded.status END,
              first_passed_at = COALESCE(step_progress.first_passed_at, excluded.first_passed_at)
            """, arguments: [learner, lab, step, passed ? "passed" : "open", passed ? time : nil])
        return attemptID
    }

    /// Every attempt at a step, oldest first, with its check results.
    public func attempts(learner: Int64, lab: String, step: String) throws -> [Attempt] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, at, score, max_score FROM attempt
                WHERE learner_id = ? AND lab_id = ? AND step_id = ? ORDER BY at, id
                """, arguments: [learner, lab, step])
            return try rows.map { row in
                let id: Int64 = row["id"]
                let checks = try Row.fetchAll(db, sql: """
                    SELECT check_id, passed, points, max_points, message FROM attempt_check
                    WHERE attempt_id = ? ORDER BY rowid
                    """, arguments: [id]).map {
                    CheckResult(checkID: $0["check_id"], passed: $0["passed"], points: $0["points"],
                                maxPoints: $0["max_points"], message: $0["message"])
                }
                return Attempt(id: id, labID: lab, stepID: step, at: row["at"], score: row["score"],
                               maxScore: row["max_score"], checks: checks)
            }
        }
    }

    /// The step's status: `open` until a passing attempt, then `passed` for good.
    public func stepStatus(learner: Int64, lab: String, step: String) throws -> String? {
        try pool.read { db in
            try String.fetchOne(db, sql: """
                SELECT status FROM step_progress WHERE learner_id = ? AND lab_id = ? AND step_id = ?
                """, arguments: [learner, lab, step])
        }
    }

    /// Records that the learner revealed a hint tier.
    public func recordHint(learner: Int64, lab: String, step: String, tier: Int, at time: Date) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT INTO hint_used (learner_id, lab_id, step_id, tier, at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [learner, lab, step, tier, time])
        }
    }

    /// The hint tiers the learner has revealed for a step, in the order taken.
    public func hintsUsed(learner: Int64, lab: String, step: String) throws -> [Int] {
        try pool.read { db in
            try Int.fetchAll(db, sql: """
                SELECT tier FROM hint_used WHERE learner_id = ? AND lab_id = ? AND step_id = ? ORDER BY at, id
                """, arguments: [learner, lab, step])
        }
    }
}
