import CloudSim
import Foundation
import LabKit

/// Everything an exam command works with: the learner's store, the question bank, the clock,
/// where output goes and how to ask the learner for a line (readline, a pipe, or the REPL's reader).
struct ExamContext {
    let session: LabSession
    let bank: ExamBank
    let learner: Int64
    let clock: any WorldClock
    let console: any Console
    let ask: (String) -> ReadResult

    /// Opens the bank from the lab content, for the workspace's current learner.
    static func open(session: LabSession, console: any Console, ask: @escaping (String) -> ReadResult,
                     environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ExamContext {
        let content = try ProcessContent.locate(environment: environment)
        let bank: ExamBank
        do {
            bank = try ExamBank.load(directory: content.appendingPathComponent("exam", isDirectory: true))
        } catch {
            throw LabFailure(error.description)
        }
        let clock = SystemClock()
        let learner = try session.progress.learnerID(named: LearnerName.current(environment: environment), at: clock.now)
        return ExamContext(session: session, bank: bank, learner: learner, clock: clock, console: console, ask: ask)
    }
}
