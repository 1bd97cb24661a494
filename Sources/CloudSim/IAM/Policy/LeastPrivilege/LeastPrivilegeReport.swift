/// The outcome of grading a policy set against required and forbidden permissions.
public struct LeastPrivilegeReport: Equatable, Sendable {
    /// Every expectation that did not hold, required ones first, each in its given order.
    public var failures: [ExpectationFailure]
    /// How many expectations were checked in all.
    public var checkedCount: Int

    public var passed: Bool { failures.isEmpty }
}
