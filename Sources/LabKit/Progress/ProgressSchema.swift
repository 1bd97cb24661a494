import GRDB

/// The progress store's versioned schema. Migrations are append-only: a released one is never
/// edited, a change is a new migration, so every older file upgrades in place.
enum ProgressSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-learners-labs-attempts-exams") { db in
            try db.create(table: "learner") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique()
                t.column("created_at", .datetime).notNull()
            }
            try db.create(table: "lab_progress") { t in
                t.column("learner_id", .integer).notNull().references("learner", onDelete: .cascade)
                t.column("lab_id", .text).notNull()
                t.column("current_step", .text)
                t.column("started_at", .datetime).notNull()
                t.column("completed_at", .datetime)
                t.primaryKey(["learner_id", "lab_id"])
            }
            try db.create(table: "step_progress") { t in
                t.column("learner_id", .integer).notNull().references("learner", onDelete: .cascade)
                t.column("lab_id", .text).notNull()
                t.column("step_id", .text).notNull()
                t.column("status", .text).notNull()
                    .check(sql: "status IN ('open', 'passed', 'skipped', 'gave_up')")
                t.column("first_passed_at", .datetime)
                t.primaryKey(["learner_id", "lab_id", "step_id"])
            }
            try db.create(table: "attempt") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("learner_id", .integer).notNull().references("learner", onDelete: .cascade)
                t.column("lab_id", .text).notNull()
                t.column("step_id", .text).notNull()
                t.column("at", .datetime).notNull()
                t.column("score", .integer).notNull()
                t.column("max_score", .integer).notNull()
            }
            try db.create(index: "attempt_by_step", on: "attempt", columns: ["learner_id", "lab_id", "step_id"])
            try db.create(table: "attempt_check") { t in
                t.column("attempt_id", .integer).notNull().references("attempt", onDelete: .cascade)
                t.column("check_id", .text).notNull()
                t.column("passed", .boolean).notNull()
                t.column("points", .integer).notNull()
                t.column("max_points", .integer).notNull()
                t.column("message", .text).notNull()
                t.primaryKey(["attempt_id", "check_id"])
            }
            try db.create(table: "hint_used") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("learner_id", .integer).notNull().references("learner", onDelete: .cascade)
                t.column("lab_id", .text).notNull()
                t.column("step_id", .text).notNull()
                t.column("tier", .integer).notNull()
                t.column("at", .datetime).notNull()
            }
            try db.create(table: "exam_session") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("learner_id", .integer).notNull().references("learner", onDelete: .cascade)
                t.column("mode", .text).notNull()
                    .check(sql: "mode IN ('practice', 'take', 'review', 'drill')")
                t.column("started_at", .datetime).notNull()
                t.column("deadline", .datetime)
                t.column("submitted_at", .datetime)
                t.column("scaled_score", .integer)
                t.column("passed", .boolean)
            }
            try db.create(table: "exam_answer") { t in
                t.column("session_id", .integer).notNull().references("exam_session", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.column("item_id", .text).notNull()
                t.column("chosen", .text).notNull()
                t.column("correct", .boolean)
                t.column("flagged", .boolean).notNull().defaults(to: false)
                t.column("answered_at", .datetime)
                t.column("seconds", .double).notNull().defaults(to: 0)
                t.primaryKey(["session_id", "position"])
            }
        }
        migrator.registerMigration("v2-exam-schedule-and-item-reports") { db in
            try db.create(table: "exam_schedule") { t in
                t.column("learner_id", .integer).notNull().references("learner", onDelete: .cascade)
                t.column("item_id", .text).notNull()
                t.column("repetitions", .integer).notNull()
                t.column("easiness", .double).notNull()
                t.column("interval_days", .double).notNull()
                t.column("due_at", .datetime).notNull()
                t.primaryKey(["learner_id", "item_id"])
            }
            try db.create(table: "exam_item_report") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("learner_id", .integer).notNull().references("learner", onDelete: .cascade)
                t.column("item_id", .text).notNull()
                t.column("reason", .text).notNull()
                t.column("at", .datetime).notNull()
            }
        }
        migrator.registerMigration("v3-hand-in-answer-files") { db in
            try db.create(table: "handin_answer") { t in
                t.column("learner_id", .integer).notNull().references("learner", onDelete: .cascade)
                t.column("path", .text).notNull()
                t.column("content", .text).notNull()
                t.primaryKey(["learner_id", "path"])
            }
        }
        migrator.registerMigration("v4-current-lab-answers-give-ups") { db in
            try db.create(table: "learner_state") { t in
                t.primaryKey("learner_id", .integer).references("learner", onDelete: .cascade)
                t.column("current_lab", .text).notNull()
            }
            try db.create(table: "step_answer") { t in
                t.column("learner_id", .integer).notNull().references("learner", onDelete: .cascade)
                t.column("lab_id", .text).notNull()
                t.column("step_id", .text).notNull()
                t.column("answer", .text).notNull()
                t.column("at", .datetime).notNull()
                t.primaryKey(["learner_id", "lab_id", "step_id"])
            }
            try db.alter(table: "step_progress") { t in
                t.add(column: "gave_up_at", .datetime)
            }
        }
        return migrator
    }
}
