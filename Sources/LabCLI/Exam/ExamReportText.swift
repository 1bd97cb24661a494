import Foundation
import LabKit

/// `lab exam report`: sessions so far, each domain's recent accuracy and trend, and readiness.
enum ExamReportText {
    static func render(store: ProgressStore, bank: ExamBank, learner: Int64) throws -> String {
        let sessions = try store.examSessions(learner: learner).filter { $0.mode != .review }
        guard !sessions.isEmpty else {
            return "No exam activity yet. Start with 'lab exam practice' or a mock exam with 'lab exam take'."
        }
        var lines = ["History", "  started               mode      answered  correct  score"]
        for session in sessions {
            let graded = session.answers.filter { $0.answeredAt != nil }
            let correct = graded.filter { $0.correct == true }.count
            let score: String
            if session.submittedAt == nil {
                score = "open"
            } else if session.mode == .take, let scaled = session.scaledScore {
                score = "\(scaled) \(session.passed == true ? "pass" : "fail")"
            } else {
                score = "-"
            }
            lines.append("  " + [pad(session.startedAt.formatted(.iso8601), 22), pad(session.mode.rawValue, 10),
                                 pad("\(graded.count)/\(session.answers.count)", 10), pad("\(correct)", 9), score]
                .joined())
        }
        var outcomes: [(domain: ExamDomain, correct: Bool)] = []
        for session in sessions {
            for answer in session.answers.sorted(by: { ($0.answeredAt ?? .distantPast) < ($1.answeredAt ?? .distantPast) })
            where answer.answeredAt != nil {
                if let item = bank.item(answer.itemID), let correct = answer.correct {
                    outcomes.append((item.domain, correct))
                }
            }
        }
        let readiness = ExamReadiness(outcomes: outcomes)
        lines += ["", "By domain (weight, answered, recent accuracy over the last \(ExamReadiness.window), trend)"]
        for standing in readiness.standings {
            let recent = standing.recent.map { "\($0)%" } ?? "-"
            let trend: String
            switch (standing.recent, standing.previous) {
            case let (now?, before?) where now > before: trend = "up from \(before)%"
            case let (now?, before?) where now < before: trend = "down from \(before)%"
            case (_?, _?): trend = "steady"
            default: trend = "-"
            }
            lines.append("  \(standing.domain.rawValue) " + pad(standing.domain.title, 36)
                         + pad("\(standing.domain.weight)%", 6) + pad("\(standing.answered)", 6) + pad(recent, 7) + trend)
        }
        lines.append("")
        lines.append("Projected score \(readiness.projectedScore) (pass at \(ExamScore.passingScore)): "
                     + (readiness.isReady ? "ready." : "not ready yet."))
        if !readiness.isReady, let focus = readiness.focus {
            lines.append("Focus next on domain \(focus.rawValue), \(focus.title): "
                         + "lab exam practice --domain \(focus.rawValue)")
        }
        let reports = try store.examItemReports(learner: learner)
        if !reports.isEmpty { lines.append("You have reported \(reports.count) question(s) to the authors.") }
        return lines.joined(separator: "\n")
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
