import Foundation

extension ProgressReport {
    /// A self-contained page (inline CSS and SVG, no scripts, no network) with the class's charts
    /// and tables, for a browser or a printout.
    /// `stepsPerLab` gives each installed lab's number of steps, for the completion chart.
    public func html(title: String, stepsPerLab: [String: Int]) -> String {
        var body = "<h1>\(HTML.escape(title))</h1>"
        body += "<p class=\"meta\">Generated \(HTML.escape(generatedAt.ISO8601Format())) · "
            + "\(learners.count) learner(s) · \(checks.count) check result(s) · \(exams.count) exam session(s)</p>"
        body += "<section class=\"charts\">" + completionChart(stepsPerLab: stepsPerLab) + effortChart() + examChart() + "</section>"
        body += section("Learners", header: ["Learner", "Points", "Steps passed", "Attempts", "Hints",
                                             "Exam sessions", "Best mock exam"],
                        rows: learners.map {
                            [$0.learner, "\($0.points) / \($0.maxPoints)", "\($0.stepsPassed) of \($0.stepsTried) tried",
                             "\($0.attempts)", "\($0.hints)", "\($0.examSessions)",
                             $0.bestExamScore.map(String.init) ?? "–"]
                        })
        body += section("Checks", header: ["Learner", "Lab", "Step", "Check", "Passed", "Points", "Attempts", "Hints",
                                           "First pass"],
                        rows: checks.map {
                            [$0.learner, $0.lab, $0.step, $0.check, $0.passed ? "yes" : "no",
                             "\($0.points) / \($0.maxPoints)", "\($0.attempts)", "\($0.hints)",
                             Self.timestamp($0.firstPassAt)]
                        })
        body += section("Exam sessions", header: ["Learner", "Mode", "Started", "Answered", "Correct", "Score",
                                                  "D1", "D2", "D3", "D4"],
                        rows: exams.map { row in
                            [row.learner, row.mode, Self.timestamp(row.startedAt), "\(row.answered) / \(row.questions)",
                             "\(row.correct)",
                             row.scaledScore.map { "\($0) \(row.passed == true ? "pass" : "fail")" } ?? "–"]
                                + ExamDomain.allCases.map { row.domainPercent[String($0.rawValue)].map { "\($0)%" } ?? "–" }
                        })
        return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(HTML.escape(title))</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 2em; color: #1d2330; }
        h1 { font-size: 1.6em; } h2 { font-size: 1.2em; margin-top: 1.6em; }
        .meta { color: #5b6475; }
        .charts { display: flex; flex-wrap: wrap; gap: 2em; }
        .chart-title { font-size: 14px; font-weight: 600; fill: #1d2330; }
        .tick, .label, .legend { font-size: 11px; fill: #3c4556; }
        .grid { stroke: #e3e6ec; stroke-width: 1; }
        table { border-collapse: collapse; font-size: 0.9em; }
        th, td { border: 1px solid #d5d9e0; padding: 4px 8px; text-align: left; }
        th { background: #f1f3f7; }
        .empty { color: #5b6475; font-style: italic; }
        </style></head>
        <body>\(body)</body></html>

        """
    }

    /// Share of each installed lab's steps the learners have passed (a step passes when every check
    /// of its latest attempt did), in plan order.
    private func completionChart(stepsPerLab: [String: Int]) -> String {
        let labs = LabPlan.ids.filter { (stepsPerLab[$0] ?? 0) > 0 }
        guard !labs.isEmpty, !learners.isEmpty else { return "<p class=\"empty\">No labs installed.</p>" }
        var passedSteps: [String: Set<String>] = [:]
        for (key, rows) in Dictionary(grouping: checks, by: { "\($0.learner)|\($0.lab)|\($0.step)" })
        where rows.allSatisfy(\.passed) {
            passedSteps[rows[0].lab, default: []].insert(key)
        }
        let values = labs.map { lab -> Double in
            Double(passedSteps[lab]?.count ?? 0) * 100 / Double((stepsPerLab[lab] ?? 1) * learners.count)
        }
        return SVGBarChart(title: "Completion per lab (steps passed)", categories: labs,
                           series: [.init(name: "completed", color: "#2f855a", values: values)],
                           maximum: 100, unit: "%").render()
    }

    /// Average attempts and hints per step, across the learners who tried it.
    private func effortChart() -> String {
        var steps: [String] = []
        var attempts: [String: [Int]] = [:], hints: [String: [Int]] = [:]
        var seen = Set<String>()
        for row in checks {
            let step = "\(row.lab)/\(row.step)"
            if !steps.contains(step) { steps.append(step) }
            let key = "\(row.learner)|\(step)"
            guard seen.insert(key).inserted else { continue }
            attempts[step, default: []].append(row.attempts)
            hints[step, default: []].append(row.hints)
        }
        guard !steps.isEmpty else { return "" }
        func mean(_ values: [Int]?) -> Double {
            guard let values, !values.isEmpty else { return 0 }
            return Double(values.reduce(0, +)) / Double(values.count)
        }
        let attemptMeans = steps.map { mean(attempts[$0]) }, hintMeans = steps.map { mean(hints[$0]) }
        let top = max(1, (attemptMeans + hintMeans).max() ?? 1).rounded(.up)
        return SVGBarChart(title: "Attempts and hints per step (mean per learner)", categories: steps,
                           series: [.init(name: "attempts", color: "#3b6fd4", values: attemptMeans),
                                    .init(name: "hints", color: "#d9822b", values: hintMeans)],
                           maximum: top).render()
    }

    /// Exam accuracy by domain, over every answered question.
    private func examChart() -> String {
        guard !exams.isEmpty else { return "<p class=\"empty\">No exam sessions yet.</p>" }
        let domains = ExamDomain.allCases
        let values = domains.map { domain -> Double in
            let key = String(domain.rawValue)
            let percents = exams.compactMap { $0.domainPercent[key].map(Double.init) }
            return percents.isEmpty ? 0 : percents.reduce(0, +) / Double(percents.count)
        }
        return SVGBarChart(title: "Exam accuracy by domain (mean of sessions)",
                           categories: domains.map { "D\($0.rawValue) \($0.title.split(separator: " ").prefix(2).joined(separator: " "))" },
                           series: [.init(name: "accuracy", color: "#805ad5", values: values)],
                           maximum: 100, unit: "%").render()
    }

    private func section(_ title: String, header: [String], rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "<h2>\(HTML.escape(title))</h2><p class=\"empty\">None yet.</p>" }
        let head = "<tr>" + header.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr>"
        let cells = rows.map { "<tr>" + $0.map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>" }.joined()
        return "<h2>\(HTML.escape(title))</h2><table>\(head)\(cells)</table>"
    }

    private static func ordered(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
