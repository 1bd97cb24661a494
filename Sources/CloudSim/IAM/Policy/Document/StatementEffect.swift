/// A statement's `Effect`. IAM accepts exactly `Allow` and `Deny`, with that capitalisation.
public enum StatementEffect: String, Equatable, Sendable {
    case allow = "Allow"
    case deny = "Deny"
}
