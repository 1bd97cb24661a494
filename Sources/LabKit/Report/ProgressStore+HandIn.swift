import Foundation
import GRDB

extension ProgressStore {
    /// The learner's record as a hand-in, with the given answer files.
    public func handIn(learner name: String, answerFiles: [String: String], at time: Date,
                       createdBy version: String) throws -> HandIn {
        try pool.read { db in
            guard let learner = try Int64.fetchOne(db, sql: "SELECT id FROM learner WHERE name = ?", arguments: [name]) else {
                return HandIn(format: HandIn.formatName, version: HandIn.formatVersion, learner: name, createdAt: time,
                              createdBy: version, attempts: [], hints: [], exams: [], answerFiles: answerFiles)
            }
            let attempts = try Row.fetchAll(db, sql: "SELECT * FROM attempt WHERE learner_id = ? ORDER BY id",
                                            arguments: [learner]).map { row in
                HandIn.AttemptEntry(
                    lab: row["lab_id"], step: row["step_id"], at: row["at"],
                    checks: try Row.fetchAll(db, sql: "SELECT * FROM attempt_check WHERE attempt_id = ? ORDER BY rowid",
                                             arguments: [row["id"] as Int64]).map {
                        CheckResult(checkID: $0["check_id"], passed: $0["passed"], points: $0["points"],
                                    maxPoints: $0["max_points"], message: $0["message"])
                    })
            }
            let hints = try Row.fetchAll(db, sql: "SELECT * FROM hint_used WHERE learner_id = ? ORDER BY id",
                                         arguments: [learner]).map {
                HandIn.HintEntry(lab: $0["lab_id"], step: $0["step_id"], tier: $0["tier"], at: $0["at"])
            }
            let exams = try Row.fetchAll(db, sql: "SELECT * FROM exam_session WHERE learner_id = ? ORDER BY id",
                                         arguments: [learner]).map { session in
                HandIn.ExamEntry(
                    mode: session["mode"], startedAt: session["started_at"], deadline: session["deadline"],
                    submittedAt: session["submitted_at"], scaledScore: session["scaled_score"], passed: session["passed"],
                    answers: try Row.fetchAll(db, sql: "SELECT * FROM exam_answer WHERE session_id = ? ORDER BY position",
                                              arguments: [session["id"] as Int64]).map {
                        let chosen: String = $0["chosen"]
                        return HandIn.ExamEntry.Answer(
                            position: $0["position"], item: $0["item_id"],
                            chosen: chosen.isEmpty ? nil : chosen.split(separator: ",").compactMap { Int($0) },
                            correct: $0["correct"], flagged: $0["flagged"], answeredAt: $0["answered_at"],
                            seconds: $0["seconds"])
                    })
            }
            return HandIn(format: HandIn.formatName, version: HandIn.formatVersion, learner: name, createdAt: time,
                          createdBy: version, attempts: attempts, hints: hints, exams: exams, answerFiles: answerFiles)
        }
    }

    /// Merges a hand-in: the learner's earlier import is replaced whole, in one transaction, so
    /// importing the same file twice changes nothing and a failed import leaves the class as it was.
    public func importHandIn(_ handIn: HandIn) throws {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM learner WHERE name = ?", arguments: [handIn.learner])
            try db.execute(sql: "INSERT INTO learner (name, created_at) VALUES (?, ?)",
                           arguments: [handIn.learner, handIn.createdAt])
            let learner = db.lastInsertedRowID
            for attempt in handIn.attempts {
                try Self.insertAttempt(db, learner: learner, lab: attempt.lab, step: attempt.step, at: attempt.at,
                                       checks: attempt.checks)
            }
            for hint in handIn.hints {
                try db.execute(sql: "INSERT INTO hint_used (learner_id, lab_id, step_id, tier, at) VALUES (?, ?, ?, ?, ?)",
                               arguments: [learner, hint.lab, hint.step, hint.tier, hint.at])
            }
            for exam in handIn.exams {
                try db.execute(sql: """
                    INSERT INTO exam_session (learner_id, mode, started_at, deadline, submitted_at, scaled_score, passed)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [learner, exam.mode, exam.startedAt, exam.deadline, exam.submittedAt,
                                     exam.scaledScore, exam.passed])
                let session = db.lastInsertedRowID
                for answer in exam.answers {
                    try db.execute(sql: """
                        INSERT INTO exam_answer (session_id, position, item_id, chosen, correct, flagged, answered_at, seconds)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [session, answer.position, answer.item,
                                         (answer.chosen ?? []).sorted().map(String.init).joined(separator: ","),
                                         answer.correct, answer.flagged, answer.answeredAt, answer.seconds])
                }
            }
            for (path, content) in handIn.answerFiles {
                try db.execute(sql: "INSERT INTO handin_answer (learner_id, path, content) VALUES (?, ?, ?)",
                               arguments: [learner, path, content])
            }
        }
    }

    /// The answer files an imported hand-in carried, by relative path.
    public func handInAnswerFiles(learner name: String) throws -> [String: String] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.path, a.content FROM handin_answer a JOIN learner l ON l.id = a.learner_id WHERE l.name = ?
                """, arguments: [name])
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["path"] as String, $0["content"] as String) })
        }
    }
}
