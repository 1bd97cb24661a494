/// What a check inspects. Kinds are declarative so authors compose them in YAML; new kinds arrive
/// with the capabilities they inspect (SQL results and table design with the engine).
public enum CheckKind: Sendable, Equatable {
    /// Runs a read-only AWS CLI command against the learner's world and asserts on its JSON output
    /// (or on the error it fails with).
    case aws(command: String, assertion: JSONAssertion)
    /// Compares the answer the learner handed in with `submit` to a literal, or to a value read
    /// from the world with an AWS CLI command.
    case submitted(expected: ExpectedAnswer)
}

/// Where a submitted answer's expected value comes from.
public enum ExpectedAnswer: Sendable, Equatable {
    case literal(String)
    case aws(command: String, path: JSONPath)
}

/// An assertion about a command's outcome.
public struct JSONAssertion: Sendable, Equatable {
    public enum Test: Sendable, Equatable {
        /// Some value at the path equals this (strings exactly, numbers numerically, booleans).
        case equals(String)
        /// Some string at the path contains this text, or some array there holds it.
        case contains(String)
        /// The path yields at least this many values (or an array that long, or a number this large).
        case atLeast(Double)
        /// The path yields something (true) or nothing (false).
        case exists(Bool)
        /// The command fails with this AWS error code.
        case error(String)
    }

    public var path: JSONPath
    public var test: Test
}
