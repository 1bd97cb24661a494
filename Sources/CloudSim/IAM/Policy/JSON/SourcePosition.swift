/// A place in a policy's JSON text, 1-based, so a learner can find the statement that decided a
/// request the way `aws iam simulate-principal-policy` points at it (`StartPosition`/`EndPosition`).
public struct SourcePosition: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "line \(line), column \(column)" }
}
