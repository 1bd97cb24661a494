import Foundation

/// The guided REPL's loop: reads lines, gathers multi-line SQL, dispatches each complete input
/// and keeps going after errors. Returns the process exit status: non-zero when any command
/// failed, so piped scripts and tests can tell.
struct Repl<Reader: LineReader> {
    let reader: Reader
    let console: any Console
    var handler: ReplCommandHandler
    /// Where psql shows the database name: the handler names the learner's lab and step.
    private var promptName: String { handler.promptName() }

    private var buffer = SQLInputBuffer()
    /// psql's `\timing`: print how long each SQL statement took.
    private var timing = false
    /// The last complete SQL statement sent to the engine, for a bare `submit`.
    private var lastStatement: String?
    private var failures = 0

    init(reader: Reader, console: any Console, handler: ReplCommandHandler) {
        self.reader = reader
        self.console = console
        self.handler = handler
    }

    mutating func run() -> Int32 {
        loop: while true {
            switch reader.read(prompt: prompt) {
            case .endOfInput:
                break loop
            case .interrupted:
                buffer.reset()
            case .line(let line):
                if process(line) == .quit { break loop }
            }
        }
        if !buffer.isEmpty {
            console.err("warning: unterminated statement discarded at end of input (a ';' ends a statement)")
            failures += 1
        }
        return failures == 0 ? 0 : 1
    }

    private var prompt: String {
        "\(promptName)\(buffer.continuation.promptMark)> "
    }

    private enum Flow { case proceed, quit }

    private mutating func process(_ line: String) -> Flow {
        let input = buffer.isEmpty ? ReplInput.classify(line) : continuation(line)
        switch input {
        case .blank:
            return .proceed
        case .quit:
            return .quit
        case .meta(let command, _) where command == "r":
            buffer.reset()
            console.err("Query buffer reset (cleared).")
        case .meta(let command, let argument) where command == "timing":
            switch PsqlTiming.switched(timing, argument: argument) {
            case .success(let on):
                timing = on
                console.out(PsqlTiming.announcement(on))
            case .failure(let error):
                console.err(error.message)
                record(false)
            }
        case .sql(let text):
            for statement in buffer.append(line: text) {
                lastStatement = statement
                let (succeeded, time) = PsqlTiming.timed { handler.runSQL(statement, console: console) }
                record(succeeded)
                if timing { console.out(time) }
            }
        case .lab(.submit, let arguments) where arguments.isEmpty && lastStatement != nil:
            // A bare `submit` hands in the last SQL statement run, as typed.
            record(handler.run(.lab(word: .submit, arguments: lastStatement ?? ""), console: console) { [reader] in
                reader.read(prompt: $0)
            })
        default:
            record(handler.run(input, console: console) { [reader] in reader.read(prompt: $0) })
        }
        return .proceed
    }

    /// While a statement is open only backslash commands interrupt it; every other line is SQL.
    private func continuation(_ line: String) -> ReplInput {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("\\") { return ReplInput.classify(trimmed) }
        return .sql(line)
    }

    private mutating func record(_ succeeded: Bool) {
        if !succeeded { failures += 1 }
    }
}

