/// The outcome of an evaluation, with the raw values `SimulatePrincipalPolicy` prints as
/// `EvalDecision`.
public enum EvalDecision: String, Equatable, Sendable {
    case allowed
    /// A statement with `"Effect": "Deny"` applied; nothing can override it.
    case explicitDeny
    /// No applicable statement allowed the request (or a boundary did not), so the default deny stands.
    case implicitDeny
}
