import Foundation
import GRDB

extension ProgressStore {
    /// Opens a session holding `items` in order, all unanswered.
    @discardableResult
    public func createExamSession(learner: Int64, mode: ExamMode, items: [String], at time: Date,
                                  deadline: Date? = nil) throws -> Int64 {
        try pool.write { db in
            try db.execute(sql: "INSERT INTO exam_session (learner_id, mode, started_at, deadline) VALUES (?, ?, ?, ?)",
                           arguments: [learner, mode.rawValue, time, deadline])
            let session = db.lastInsertedRowID
            for (position, item) in items.enumerated() {
                try db.execute(sql: "INSERT INTO exam_answer (session_id, position, item_id, chosen) VALUES (?, ?, ?, '')",
                               arguments: [session, position, item])
            }
            return session
        }
    }

    /// Records (or changes) the answer at `position`; `seconds` adds to the time spent on it.
    public func recordExamAnswer(session: Int64, position: Int, chosen: Set<Int>, correct: Bool,
                                 at time: Date, seconds: Double) throws {
        try pool.write { db in
            try db.execute(sql: """
                UPDATE exam_answer SET chosen = ?, correct = ?, answered_at = ?, seconds = seconds + ?
                WHERE session_id = ? AND position = ?
                """, arguments: [Self.encode(chosen), correct, time, seconds, session, position])
        }
    }

    /// Adds time spent looking at an item without answering it.
    public func addExamTime(session: Int64, position: Int, seconds: Double) throws {
        try pool.write { db in
            try db.execute(sql: "UPDATE exam_answer SET seconds = seconds + ? WHERE session_id = ? AND position = ?",
                           arguments: [seconds, session, position])
        }
    }

    public func setExamFlag(session: Int64, position: Int, flagged: Bool) throws {
        try pool.write { db in
            try db.execute(sql: "UPDATE exam_answer SET flagged = ? WHERE session_id = ? AND position = ?",
                           arguments: [flagged, session, position])
        }
    }

    /// Closes a session. A timed exam records its scaled score and marks unanswered items wrong, as
    /// the real exam counts them; practice and drill (`score` nil) have no exam score to record.
    public func submitExamSession(_ session: Int64, at time: Date, score: ExamScore?) throws {
        try pool.write { db in
            if score != nil {
                try db.execute(sql: "UPDATE exam_answer SET correct = 0 WHERE session_id = ? AND correct IS NULL",
                               arguments: [session])
            }
            try db.execute(sql: "UPDATE exam_session SET submitted_at = ?, scaled_score = ?, passed = ? WHERE id = ?",
                           arguments: [time, score?.scaled, score?.passed, session])
        }
    }

    public func examSession(_ id: Int64) throws -> ExamSessionRecord? {
        try pool.read { db in try Self.session(db, id: id) }
    }

    /// The learner's unsubmitted timed exam, if one is open.
    public func openTimedExam(learner: Int64) throws -> ExamSessionRecord? {
        try pool.read { db in
            let id = try Int64.fetchOne(db, sql: """
                SELECT id FROM exam_session WHERE learner_id = ? AND mode = 'take' AND submitted_at IS NULL
                ORDER BY id DESC LIMIT 1
                """, arguments: [learner])
            return try id.flatMap { try Self.session(db, id: $0) }
        }
    }

    /// Every session of the learner, oldest first.
    public func examSessions(learner: Int64) throws -> [ExamSessionRecord] {
        try pool.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM exam_session WHERE learner_id = ? ORDER BY started_at, id",
                               arguments: [learner])
                .compactMap { try Self.session(db, id: $0) }
        }
    }

    /// Each item's latest graded outcome for the learner: true when last answered right.
    public func latestExamOutcomes(learner: Int64) throws -> [String: Bool] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.item_id, a.correct FROM exam_answer a JOIN exam_session s ON s.id = a.session_id
                WHERE s.learner_id = ? AND a.correct IS NOT NULL AND a.answered_at IS NOT NULL
                ORDER BY a.answered_at, s.id, a.position
                """, arguments: [learner])
            var outcomes: [String: Bool] = [:]
            for row in rows { outcomes[row["item_id"]] = row["correct"] }
            return outcomes
        }
    }

    public func recallSchedule(learner: Int64, item: String) throws -> RecallSchedule? {
        try pool.read { db in
            try Row.fetchOne(db, sql: """
                SELECT repetitions, easiness, interval_days, due_at FROM exam_schedule WHERE learner_id = ? AND item_id = ?
                """, arguments: [learner, item]).map {
                RecallSchedule(repetitions: $0["repetitions"], easiness: $0["easiness"],
                               intervalDays: $0["interval_days"], dueAt: $0["due_at"])
            }
        }
    }

    public func saveRecallSchedule(_ schedule: RecallSchedule, learner: Int64, item: String) throws {
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO exam_schedule (learner_id, item_id, repetitions, easiness, interval_days, due_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (learner_id, item_id) DO UPDATE SET repetitions = excluded.repetitions,
                  easiness = excluded.easiness, interval_days = excluded.interval_days, due_at = excluded.due_at
                """, arguments: [learner, item, schedule.repetitions, schedule.easiness, schedule.intervalDays,
                                 schedule.dueAt])
        }
    }

    /// Items due for drill at `time`, most overdue first.
    public func dueItems(learner: Int64, at time: Date) throws -> [String] {
        try pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT item_id FROM exam_schedule WHERE learner_id = ? AND due_at <= ? ORDER BY due_at, item_id
                """, arguments: [learner, time])
        }
    }

    /// The next time any scheduled item falls due, if any is scheduled.
    public func nextDue(learner: Int64) throws -> Date? {
        try pool.read { db in
            try Date.fetchOne(db, sql: "SELECT MIN(due_at) FROM exam_schedule WHERE learner_id = ?", arguments: [learner])
        }
    }

    /// Records a learner's dispute of an item, for the authors.
    public func reportExamItem(learner: Int64, item: String, reason: String, at time: Date) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT INTO exam_item_report (learner_id, item_id, reason, at) VALUES (?, ?, ?, ?)",
                           arguments: [learner, item, reason, time])
        }
    }

    public func examItemReports(learner: Int64) throws -> [(item: String, reason: String, at: Date)] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT item_id, reason, at FROM exam_item_report WHERE learner_id = ? ORDER BY id",
                             arguments: [learner]).map { ($0["item_id"], $0["reason"], $0["at"]) }
        }
    }

    private static func session(_ db: Database, id: Int64) throws -> ExamSessionRecord? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM exam_session WHERE id = ?", arguments: [id]),
              let mode = ExamMode(rawValue: row["mode"]) else { return nil }
        let answers = try Row.fetchAll(db, sql: "SELECT * FROM exam_answer WHERE session_id = ? ORDER BY position",
                                       arguments: [id]).map { answer in
            ExamAnswer(position: answer["position"], itemID: answer["item_id"],
                       chosen: decode(answer["chosen"]), correct: answer["correct"], flagged: answer["flagged"],
                       answeredAt: answer["answered_at"], seconds: answer["seconds"])
        }
        return ExamSessionRecord(id: id, mode: mode, startedAt: row["started_at"], deadline: row["deadline"],
                                 submittedAt: row["submitted_at"], scaledScore: row["scaled_score"],
                                 passed: row["passed"], answers: answers)
    }

    /// Chosen options are stored as sorted comma-separated indices; the empty string is "unanswered".
    private static func encode(_ chosen: Set<Int>) -> String {
        chosen.sorted().map(String.init).joined(separator: ",")
    }

    private static func decode(_ text: String) -> Set<Int>? {
        text.isEmpty ? nil : Set(text.split(separator: ",").compactMap { Int($0) })
    }
}
