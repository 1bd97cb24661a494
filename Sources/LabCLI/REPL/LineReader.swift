/// One line of input, or why there is none.
enum ReadResult: Equatable {
    case line(String)
    /// Ctrl-C: abandon the input being typed, keep the REPL running.
    case interrupted
    /// Ctrl-D or the end of a piped script.
    case endOfInput
}

/// Where the REPL's lines come from: readline at a terminal, plain lines from a pipe.
protocol LineReader: AnyObject {
    func read(prompt: String) -> ReadResult
}

/// Reads a piped script: no prompts, no echo, no history, so scripted output holds only results.
final class PipedLineReader: LineReader {
    func read(prompt: String) -> ReadResult {
        guard let line = readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line)
    }
}
