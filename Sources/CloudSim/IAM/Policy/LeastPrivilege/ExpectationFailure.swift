/// An expectation a policy set does not meet, with the evaluation that shows why.
public struct ExpectationFailure: Equatable, Sendable, CustomStringConvertible {
    public var expectation: PermissionExpectation
    /// The decision the grader wanted: `.allowed`, or denied (either deny counts).
    public var expectedAllowed: Bool
    public var result: EvaluationResult

    /// `expected s3:PutObject on arn:aws:s3:::raw/x to be denied, but allowed: ... is allowed by ...`.
    public var description: String {
        "expected \(expectation) to be \(expectedAllowed ? "allowed" : "denied"), but \(result.explanation)"
    }
}
