import LabKit

/// How exam items, feedback and results look in the terminal.
enum ExamScreen {
    static func item(_ item: ExamItem, order: [Int], number: Int, of total: Int, flagged: Bool = false,
                     chosen: Set<Int>? = nil, remaining: Double? = nil) -> String {
        var header = "Question \(number) of \(total) · Domain \(item.domain.rawValue): \(item.domain.title) · "
            + "Task \(item.task) · \(item.difficulty.rawValue)"
        if flagged { header += " · flagged" }
        if let remaining { header += " · time left \(clock(remaining))" }
        var lines = [header, "", TextWrap.wrap(item.stem), ""]
        for (display, original) in order.enumerated() {
            let mark = chosen?.contains(original) == true ? "*" : " "
            lines.append(TextWrap.wrap(item.options[original].text, indent: "\(mark) \(AnswerInput.label(display)). ",
                                       hanging: "     "))
        }
        return lines.joined(separator: "\n")
    }

    /// Right or wrong, the correct letters, and why each option is right or wrong.
    static func feedback(_ item: ExamItem, order: [Int], chosen: Set<Int>) -> String {
        let correct = item.isCorrect(chosen)
        let answer = order.indices.filter { item.options[order[$0]].correct }.map(AnswerInput.label).joined(separator: ", ")
        var lines = [correct ? "Correct." : "Incorrect. The answer is \(answer).", ""]
        for (display, original) in order.enumerated() {
            let option = item.options[original]
            let verdict = option.correct ? "right" : "wrong"
            let yours = chosen.contains(original) ? " (your choice)" : ""
            lines.append(TextWrap.wrap("\(AnswerInput.label(display)) is \(verdict)\(yours): \(option.why)",
                                       indent: "  ", hanging: "    "))
        }
        lines.append("")
        lines.append("Read more: \(item.source)")
        lines.append("Practised in lab \(item.lab)")
        return lines.joined(separator: "\n")
    }

    /// A hands-on item's verdict: each check, then why the result is what it is.
    static func handsOnFeedback(_ item: ExamItem, results: [CheckResult]) -> String {
        var lines = [results.allSatisfy(\.passed) ? "Correct." : "Not quite."]
        lines += results.map { $0.message.split(separator: "\n").map { "  \($0)" }.joined(separator: "\n") }
        lines.append("")
        lines.append(TextWrap.wrap(item.explanation ?? "", indent: "  ", hanging: "  "))
        lines.append("")
        lines.append("Read more: \(item.source)")
        lines.append("Practised in lab \(item.lab)")
        return lines.joined(separator: "\n")
    }

    static func score(_ score: ExamScore) -> String {
        var lines = ["Score: \(score.scaled) (\(score.correct) of \(score.total) correct) — "
                     + (score.passed ? "PASS" : "FAIL") + " (passing score \(ExamScore.passingScore))"]
        for domain in score.domains {
            lines.append("  Domain \(domain.domain.rawValue) \(domain.domain.title): "
                         + "\(domain.correct)/\(domain.total) (\(domain.percent)%)")
        }
        return lines.joined(separator: "\n")
    }

    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.down))
        let (h, m, s) = (total / 3600, total % 3600 / 60, total % 60)
        return h > 0 ? "\(h):\(pad(m)):\(pad(s))" : "\(m):\(pad(s))"
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
