import Foundation
import LabKit

/// Practice and drill: one item at a time, feedback and explanation right after each answer.
struct QuestionLoop {
    let context: ExamContext
    let run: ExamRun

    /// Asks every item in turn until the learner types `q` or input ends; returns the score over
    /// the items answered.
    func perform() throws -> ExamScore {
        let console = context.console
        questions: for position in run.items.indices {
            let item = run.items[position]
            if let task = item.handsOn {
                var shown = item
                shown.stem = LabText.expand(item.stem)
                console.out(ExamScreen.item(shown, order: [], number: position + 1, of: run.items.count))
                let shownAt = context.clock.now
                guard let graded = try HandsOnLoop(context: context).perform(item, task: task) else { break questions }
                _ = try run.answerHandsOn(position: position, passed: graded.passed,
                                          seconds: context.clock.now.timeIntervalSince(shownAt))
                console.out(ExamScreen.handsOnFeedback(item, results: graded.results))
                console.out("")
                continue questions
            }
            let order = run.optionOrder(at: position)
            console.out(ExamScreen.item(item, order: order, number: position + 1, of: run.items.count))
            console.out(item.select == 1 ? "Answer with a letter; q stops." : "(Select \(item.select).) Answer like 'a,c'; q stops.")
            let shownAt = context.clock.now
            while true {
                guard case .line(let line) = context.ask("answer> ") else { break questions }
                let text = line.trimmingCharacters(in: .whitespaces)
                if text.lowercased() == "q" { break questions }
                switch AnswerInput.parse(text, optionCount: order.count, select: item.select) {
                case .failure(let problem):
                    console.err(problem.description)
                case .success(let display):
                    let chosen = Set(display.map { order[$0] })
                    _ = try run.answer(position: position, chosen: chosen,
                                       seconds: context.clock.now.timeIntervalSince(shownAt))
                    console.out(ExamScreen.feedback(item, order: order, chosen: chosen))
                    console.out("")
                    continue questions
                }
            }
        }
        let score = try run.submit()
        console.out("\(score.correct) of \(score.total) answered correctly.")
        for domain in score.domains {
            console.out("  Domain \(domain.domain.rawValue) \(domain.domain.title): \(domain.correct)/\(domain.total)")
        }
        return score
    }
}
