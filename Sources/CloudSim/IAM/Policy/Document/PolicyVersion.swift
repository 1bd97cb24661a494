/// The policy language version (`"Version"`). It decides whether `${...}` is a policy variable
/// (2012-10-17) or literal text (2008-10-17, which is also what an absent Version means).
public enum PolicyVersion: String, Equatable, Sendable {
    case v2012_10_17 = "2012-10-17"
    case v2008_10_17 = "2008-10-17"

    var expandsVariables: Bool { self == .v2012_10_17 }
}
