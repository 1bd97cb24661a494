import Foundation
import LabKit

/// The mock exam as the real one runs: no feedback until submit, free navigation, flags for review,
/// a running clock, and submission when time runs out. Leaving (`pause`, Ctrl-D) keeps the session;
/// `lab exam take` resumes it with the clock still running.
struct TimedExamLoop {
    let context: ExamContext
    let run: ExamRun

    static let help = """
    Answer with the option letters (a, or a,c when asked to select two). Other commands:
      n / next        next question            p / prev     previous question
      g N / goto N    go to question N         f / flag     flag or unflag this question
      nav             all questions with answered and flagged marks
      submit          end the exam and see your score
      pause           leave now and resume later with 'lab exam take' (the clock keeps running)
    """

    func perform() throws {
        let console = context.console
        var position = run.record.answers.firstIndex { $0.chosen == nil } ?? 0
        var shown = true
        var shownAt = context.clock.now
        while true {
            if run.isOverdue { return try finish(timeUp: true) }
            if shown {
                let answer = run.record.answers[position]
                console.out(ExamScreen.item(run.items[position], order: run.optionOrder(at: position),
                                            number: position + 1, of: run.items.count, flagged: answer.flagged,
                                            chosen: answer.chosen, remaining: run.remaining))
            }
            shown = false
            guard case .line(let line) = context.ask("exam> ") else {
                try run.spend(seconds: context.clock.now.timeIntervalSince(shownAt), at: position)
                console.err("Exam paused; resume it with 'lab exam take'. The clock keeps running.")
                return
            }
            let words = line.trimmingCharacters(in: .whitespaces).lowercased().split(separator: " ").map(String.init)
            let elapsed = context.clock.now.timeIntervalSince(shownAt)
            func move(to next: Int) throws {
                try run.spend(seconds: elapsed, at: position)
                position = next
                shown = true
                shownAt = context.clock.now
            }
            switch words.first ?? "" {
            case "":
                continue
            case "n", "next":
                try move(to: min(position + 1, run.items.count - 1))
            case "p", "prev", "previous", "back":
                try move(to: max(position - 1, 0))
            case "g", "goto":
                guard words.count == 2, let number = Int(words[1]), (1...run.items.count).contains(number) else {
                    console.err("Usage: goto N, with N from 1 to \(run.items.count).")
                    continue
                }
                try move(to: number - 1)
            case "f", "flag":
                try run.toggleFlag(at: position)
                console.out(run.record.answers[position].flagged ? "Flagged question \(position + 1) for review."
                                                                 : "Unflagged question \(position + 1).")
            case "nav", "navigator":
                console.out(navigator())
            case "submit":
                if confirmSubmit() { return try finish(timeUp: false) }
            case "pause", "q", "quit":
                try run.spend(seconds: elapsed, at: position)
                console.err("Exam paused; resume it with 'lab exam take'. The clock keeps running.")
                return
            case "?", "help":
                console.out(Self.help)
            default:
                let item = run.items[position]
                let order = run.optionOrder(at: position)
                switch AnswerInput.parse(line, optionCount: order.count, select: item.select) {
                case .failure(let problem):
                    console.err("\(problem.description) Type help for the commands.")
                case .success(let display):
                    let outcome = try run.answer(position: position, chosen: Set(display.map { order[$0] }),
                                                 seconds: elapsed)
                    if case .timeUp = outcome { return try finish(timeUp: true) }
                    shownAt = context.clock.now
                    if position + 1 < run.items.count {
                        position += 1
                        shown = true
                    } else {
                        console.out("That was the last question. Type nav to check your answers, or submit.")
                    }
                }
            }
        }
    }

    /// One line per question: number, answered or not, flagged or not, ten to a row.
    func navigator() -> String {
        let cells = run.record.answers.map { answer in
            let number = String(answer.position + 1)
            let padded = String(repeating: " ", count: max(0, 2 - number.count)) + number
            return "\(padded)\(answer.chosen == nil ? "." : "✓")\(answer.flagged ? "F" : " ")"
        }
        var rows: [String] = []
        for start in stride(from: 0, to: cells.count, by: 10) {
            rows.append(cells[start..<min(start + 10, cells.count)].joined(separator: "  "))
        }
        let answered = run.record.answers.count - run.unansweredCount
        let flagged = run.record.answers.filter(\.flagged).count
        rows.append("✓ answered (\(answered)), . unanswered (\(run.unansweredCount)), F flagged (\(flagged))"
                    + (run.remaining.map { " · time left \(ExamScreen.clock($0))" } ?? ""))
        return rows.joined(separator: "\n")
    }

    private func confirmSubmit() -> Bool {
        let open = run.unansweredCount
        let flagged = run.record.answers.filter(\.flagged).count
        guard open > 0 || flagged > 0 else { return true }
        context.console.out("\(open) unanswered and \(flagged) flagged question(s). Submit anyway? (yes/no)")
        guard case .line(let reply) = context.ask("submit? ") else { return false }
        return ["y", "yes"].contains(reply.trimmingCharacters(in: .whitespaces).lowercased())
    }

    private func finish(timeUp: Bool) throws {
        let score = try run.submit()
        if timeUp { context.console.out("Time is up: the exam was submitted with the answers given.") }
        context.console.out(ExamScreen.score(score))
        context.console.out("Review what you missed or flagged with 'lab exam review'.")
    }
}
