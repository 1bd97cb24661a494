import Foundation

extension ProgressReport {
    /// The tables a CSV export can hold; CSV has one table per file.
    public enum Table: String, CaseIterable, Sendable {
        case checks, totals, exams
    }

    public func csv(_ table: Table) -> String {
        switch table {
        case .checks:
            return CSVWriter.render(
                header: ["learner", "lab", "step", "check", "passed", "points", "max_points", "attempts", "hints",
                         "first_pass_at"],
                rows: checks.map {
                    [$0.learner, $0.lab, $0.step, $0.check, $0.passed ? "t" : "f", "\($0.points)", "\($0.maxPoints)",
                     "\($0.attempts)", "\($0.hints)", Self.timestamp($0.firstPassAt)]
                })
        case .totals:
            return CSVWriter.render(
                header: ["learner", "points", "max_points", "steps_passed", "steps_tried", "attempts", "hints",
                         "exam_sessions", "best_exam_score"],
                rows: learners.map {
                    [$0.learner, "\($0.points)", "\($0.maxPoints)", "\($0.stepsPassed)", "\($0.stepsTried)",
                     "\($0.attempts)", "\($0.hints)", "\($0.examSessions)", $0.bestExamScore.map(String.init) ?? ""]
                })
        case .exams:
            return CSVWriter.render(
                header: ["learner", "session", "mode", "started_at", "submitted_at", "questions", "answered", "correct",
                         "scaled_score", "passed"] + ExamDomain.allCases.map { "domain\($0.rawValue)_percent" },
                rows: exams.map { row in
                    [row.learner, "\(row.session)", row.mode, Self.timestamp(row.startedAt),
                     Self.timestamp(row.submittedAt), "\(row.questions)", "\(row.answered)", "\(row.correct)",
                     row.scaledScore.map(String.init) ?? "", row.passed.map { $0 ? "t" : "f" } ?? ""]
                        + ExamDomain.allCases.map { row.domainPercent[String($0.rawValue)].map(String.init) ?? "" }
                })
        }
    }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    static func timestamp(_ date: Date?) -> String {
        date.map { $0.ISO8601Format() } ?? ""
    }
}
