import Foundation

/// Where the REPL writes: data to standard output, messages for people to standard error.
protocol Console: AnyObject {
    func out(_ text: String)
    func err(_ text: String)
}

/// The process's own stdout and stderr.
final class StandardConsole: Console {
    func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
