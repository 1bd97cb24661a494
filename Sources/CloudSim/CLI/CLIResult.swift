/// What one `aws ...` command printed and its exit status.
public struct CLIResult: Sendable, Equatable {
    public var stdout: String
    public var stderr: String
    public var exitCode: Int32

    public init(stdout: String = "", stderr: String = "", exitCode: Int32 = 0) {
        self.stdout = stdout
        self.stderr = stderr
        self.exitCode = exitCode
    }

    init(_ failure: CLIFailure) {
        self.init(stderr: failure.stderr, exitCode: failure.exitCode)
    }
}
