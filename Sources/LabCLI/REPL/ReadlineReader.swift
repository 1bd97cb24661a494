import CReadline
import Glibc
import LabKit

/// Line editing, history and tab completion through GNU readline's callback interface.
///
/// SIGINT is blocked and read from a signalfd in the same poll() that waits for keystrokes, so
/// Ctrl-C abandons the current line without a signal handler racing readline's state.
final class ReadlineReader: LineReader {
    static let historyLimit: Int32 = 2000
    /// Where history persists; nil keeps none (exam answers are not worth recalling).
    private let historyPath: String?
    private let interruptFD: Int32

    init(historyPath: String?, completion: CompletionRegistry) {
        self.historyPath = historyPath
        readlineCompletion = completion
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGINT)
        sigprocmask(SIG_BLOCK, &mask, nil)
        interruptFD = signalfd(-1, &mask, Int32(SFD_CLOEXEC))
        lab_rl_set_catch_signals(0)
        lab_rl_set_readline_name(strdup("lab"))
        lab_rl_set_attempted_completion(labAttemptedCompletion)
        stifle_history(Self.historyLimit)
        if let historyPath {
            read_history(historyPath)
            history_truncate_file(historyPath, Self.historyLimit)
        }
    }

    deinit {
        close(interruptFD)
    }

    func read(prompt: String) -> ReadResult {
        drainInterrupts()
        readlineLine = nil
        readlineGotLine = false
        rl_callback_handler_install(prompt, readlineLineHandler)
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: interruptFD, events: Int16(POLLIN), revents: 0)]
        while !readlineGotLine {
            let ready = poll(&fds, 2, -1)
            if ready < 0 {
                if errno == EINTR { continue }
                rl_callback_handler_remove()
                return .endOfInput
            }
            if fds[1].revents & Int16(POLLIN) != 0 {
                drainInterrupts()
                _ = "^C\n".withCString { Glibc.write(STDOUT_FILENO, $0, 3) }
                rl_free_line_state()
                rl_callback_sigcleanup()
                rl_callback_handler_remove()
                return .interrupted
            }
            if fds[0].revents != 0 { rl_callback_read_char() }
        }
        guard let line = readlineLine else {
            _ = "\\q\n".withCString { Glibc.write(STDOUT_FILENO, $0, 3) }
            return .endOfInput
        }
        if let historyPath, !line.trimmingCharacters(in: .whitespaces).isEmpty {
            add_history(line)
            saveHistory(to: historyPath)
        }
        return .line(line)
    }

    /// Appends the newest entry so history survives a crash; readline's append needs an existing file.
    private func saveHistory(to historyPath: String) {
        if access(historyPath, F_OK) == 0 {
            append_history(1, historyPath)
        } else {
            write_history(historyPath)
        }
    }

    /// Discards Ctrl-C presses made while a command ran, so they do not clear the next prompt.
    private func drainInterrupts() {
        var info = signalfd_siginfo()
        let flags = fcntl(interruptFD, F_GETFL)
        _ = fcntl(interruptFD, F_SETFL, flags | O_NONBLOCK)
        while Glibc.read(interruptFD, &info, MemoryLayout<signalfd_siginfo>.size) > 0 {}
        _ = fcntl(interruptFD, F_SETFL, flags)
    }
}

// Readline calls back through C function pointers that cannot capture context, so the state they
// share with the reader lives in these globals. Only the REPL's one thread touches them.
nonisolated(unsafe) private var readlineLine: String?
nonisolated(unsafe) private var readlineGotLine = false
nonisolated(unsafe) private var readlineCompletion = CompletionRegistry()
nonisolated(unsafe) private var completionMatches: [String] = []
nonisolated(unsafe) private var completionIndex = 0
nonisolated(unsafe) private var completionLinePrefix = ""

private func readlineLineHandler(_ line: UnsafeMutablePointer<CChar>?) {
    // Removing the handler here, before output follows, stops readline redrawing the prompt on
    // the line the command's output is about to be written to.
    rl_callback_handler_remove()
    readlineGotLine = true
    guard let line else {
        readlineLine = nil
        return
    }
    readlineLine = String(cString: line)
    free(line)
}

/// rl_compentry_func_t: called with state 0 first, then 1, 2, ... until it returns NULL.
private func completionGenerator(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    if state == 0 {
        let word = text.map { String(cString: $0) } ?? ""
        completionMatches = readlineCompletion.completions(for: word, in: completionLinePrefix)
        completionIndex = 0
    }
    guard completionIndex < completionMatches.count else { return nil }
    defer { completionIndex += 1 }
    return strdup(completionMatches[completionIndex])
}

private func labAttemptedCompletion(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32)
    -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    lab_rl_set_completion_over(1)
    let line = lab_rl_line_buffer().map { Array(UnsafeBufferPointer(start: $0, count: Int(start))) } ?? []
    completionLinePrefix = String(decoding: line.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return rl_completion_matches(text, completionGenerator)
}
