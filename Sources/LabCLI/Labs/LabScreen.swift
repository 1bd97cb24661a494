import LabKit

/// How labs, steps, grades and hints look in the terminal.
enum LabScreen {
    static func step(_ lab: LabDefinition, _ step: LabStep, status: String?, solutions: SolutionLibrary) -> String {
        let number = (lab.index(of: step.id) ?? 0) + 1
        var lines = ["Lab \(lab.id) · \(lab.title) — step \(number) of \(lab.steps.count): \(step.title)"
                     + (status == "passed" ? " (passed)" : "")]
        lines.append("")
        lines.append(TerminalMarkdown.render(solutions.expand(step.instructions)))
        lines.append("")
        lines.append("\(step.checks.count) check(s), \(step.maxPoints) point(s). Type 'check' when ready, 'hint' if stuck.")
        return lines.joined(separator: "\n")
    }

    static func overview(_ guide: LabGuide, current: String?) throws -> String {
        var lines: [String] = []
        for id in LabPlan.ids {
            let marker = id == current ? "▸" : " "
            guard let lab = guide.catalog.lab(id) else {
                lines.append("\(marker) \(pad(id, 28)) (not written yet)")
                continue
            }
            let statuses = try guide.store.stepStatuses(learner: guide.learner, lab: id)
            let passed = lab.steps.filter { statuses[$0.id] == "passed" }.count
            let state = passed == lab.steps.count ? "complete" : passed > 0 || !statuses.isEmpty ? "in progress" : ""
            lines.append("\(marker) \(pad(id, 28)) \(pad(lab.title, 34)) \(passed)/\(lab.steps.count) steps  \(state)")
        }
        return lines.joined(separator: "\n")
    }

    static func grade(_ grade: StepGrade, solutions: SolutionLibrary) -> String {
        let number = (grade.lab.index(of: grade.step.id) ?? 0) + 1
        var lines = ["Checking step \(number) of \(grade.lab.steps.count): \(grade.step.title)"]
        for result in grade.results {
            lines.append(result.message.split(separator: "\n").map { "  \($0)" }.joined(separator: "\n"))
        }
        let total = grade.step.maxPoints
        if grade.passed {
            lines.append("Step passed (\(grade.score)/\(total) points).")
            if let next = grade.next {
                lines.append("")
                lines.append(step(grade.lab, next, status: nil, solutions: solutions))
            } else {
                lines.append("That completes lab \(grade.lab.id). 'labs' shows what comes next.")
            }
        } else {
            lines.append("Score \(grade.score)/\(total). Fix what is marked ✗ and type 'check' again; 'hint' helps.")
        }
        return lines.joined(separator: "\n")
    }

    static func hint(tier: Int, of count: Int, _ hint: LabHint) -> String {
        let kind = ["a nudge", "the concept", "nearly the solution"][min(tier, 3) - 1]
        let text = TextWrap.wrap("Hint \(tier) of \(count) (\(kind)): " + hint.text.trimmingCharacters(in: .whitespacesAndNewlines))
        return hint.doc.map { text + "\nRead: \($0)" } ?? text
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
