import Foundation

/// A failed file operation in Python's words, which the CLI's messages quote.
struct OSError: Error, CustomStringConvertible {
    let code: Int32
    let path: String

    var description: String {
        "[Errno \(code)] \(String(cString: strerror(code))): '\(path)'"
    }
}
