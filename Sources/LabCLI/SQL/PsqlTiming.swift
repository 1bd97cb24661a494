import Foundation

/// psql's `\timing`: how its argument switches the setting, what it answers, and the
/// `Time: 1.234 ms` line printed after each statement while it is on. The REPL and
/// `lab sql -c/-f` share it.
enum PsqlTiming {
    /// The setting after `\timing ARGUMENT` (no argument toggles), or psql's complaint.
    static func switched(_ current: Bool, argument: String) -> Result<Bool, PsqlTimingError> {
        switch argument.lowercased() {
        case "": .success(!current)
        case "on": .success(true)
        case "off": .success(false)
        default: .failure(PsqlTimingError(message: "\\timing: unrecognized value \"\(argument)\": Boolean expected"))
        }
    }

    static func announcement(_ on: Bool) -> String { on ? "Timing is on." : "Timing is off." }

    /// Runs `body`, returning its result and the line psql prints for the time it took.
    static func timed<T>(_ body: () -> T) -> (T, String) {
        let started = ContinuousClock.now
        let result = body()
        let elapsed = ContinuousClock.now - started
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        return (result, String(format: "Time: %.3f ms", milliseconds))
    }
}

struct PsqlTimingError: Error {
    var message: String
}
