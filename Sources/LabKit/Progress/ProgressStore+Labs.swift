import Foundation
import GRDB

extension ProgressStore {
    /// The lab the learner is working in, if they have chosen one.
    public func currentLab(learner: Int64) throws -> String? {
        try pool.read { db in
            try String.fetchOne(db, sql: "SELECT current_lab FROM learner_state WHERE learner_id = ?", arguments: [learner])
        }
    }

    /// The step the learner is on in a lab, if they have been in it.
    public func currentStep(learner: Int64, lab: String) throws -> String? {
        try pool.read { db in
            try String.fetchOne(db, sql: "SELECT current_step FROM lab_progress WHERE learner_id = ? AND lab_id = ?",
                                arguments: [learner, lab])
        }
    }

    /// Puts the learner on a lab and step (starting the lab's record if new).
    public func moveTo(learner: Int64, lab: String, step: String, at time: Date) throws {
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO learner_state (learner_id, current_lab) VALUES (?, ?)
                ON CONFLICT (learner_id) DO UPDATE SET current_lab = excluded.current_lab
                """, arguments: [learner, lab])
            try db.execute(sql: """
                INSERT INTO lab_progress (learner_id, lab_id, current_step, started_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (learner_id, lab_id) DO UPDATE SET current_step = excluded.current_step
                """, arguments: [learner, lab, step, time])
        }
    }

    /// Marks a lab complete the first time its last step passes.
    public func completeLab(learner: Int64, lab: String, at time: Date) throws {
        try pool.write { db in
            try db.execute(sql: """
                UPDATE lab_progress SET completed_at = COALESCE(completed_at, ?) WHERE learner_id = ? AND lab_id = ?
                """, arguments: [time, learner, lab])
        }
    }

    /// Status of every step the learner has touched in a lab, by step id.
    public func stepStatuses(learner: Int64, lab: String) throws -> [String: String] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT step_id, status FROM step_progress WHERE learner_id = ? AND lab_id = ?",
                                        arguments: [learner, lab])
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["step_id"] as String, $0["status"] as String) })
        }
    }

    /// Records a give-up: the learner may now see the solution; the step stays unpassed until a check passes.
    public func giveUp(learner: Int64, lab: String, step: String, at time: Date) throws {
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO step_progress (learner_id, lab_id, step_id, status, gave_up_at) VALUES (?, ?, ?, 'gave_up', ?)
                ON CONFLICT (learner_id, lab_id, step_id) DO UPDATE SET
                  status = CASE WHEN step_progress.status = 'passed' THEN 'passed' ELSE 'gave_up' END,
                  gave_up_at = COALESCE(step_progress.gave_up_at, excluded.gave_up_at)
                """, arguments: [learner, lab, step, time])
        }
    }

    public func hasGivenUp(learner: Int64, lab: String, step: String) throws -> Bool {
        try pool.read { db in
            try Date.fetchOne(db, sql: """
                SELECT gave_up_at FROM step_progress WHERE learner_id = ? AND lab_id = ? AND step_id = ?
                """, arguments: [learner, lab, step]) != nil
        }
    }

    /// The learner's latest answer handed in for a step (`submit`).
    public func submittedAnswer(learner: Int64, lab: String, step: String) throws -> String? {
        try pool.read { db in
            try String.fetchOne(db, sql: "SELECT answer FROM step_answer WHERE learner_id = ? AND lab_id = ? AND step_id = ?",
                                arguments: [learner, lab, step])
        }
    }

    public func submitAnswer(_ answer: String, learner: Int64, lab: String, step: String, at time: Date) throws {
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO step_answer (learner_id, lab_id, step_id, answer, at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (learner_id, lab_id, step_id) DO UPDATE SET answer = excluded.answer, at = excluded.at
                """, arguments: [learner, lab, step, answer, time])
        }
    }
}
