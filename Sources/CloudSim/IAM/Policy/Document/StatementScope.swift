/// What a statement element covers: the listed values (`Action`, `Resource`, `Principal`) or
/// everything except them (`NotAction`, `NotResource`, `NotPrincipal`).
///
/// The `Not` forms are inverses of the match, not of the effect: `Allow` + `NotAction` grants
/// every action but the listed ones, `Deny` + `NotResource` denies everywhere but the listed ones.
public enum StatementScope<Value: Equatable & Sendable>: Equatable, Sendable {
    case only(Value)
    case allExcept(Value)

    public var value: Value {
        switch self {
        case .only(let value), .allExcept(let value): value
        }
    }

    /// Applies the element to whether the request matched its listed value.
    func covers(listedValueMatches: Bool) -> Bool {
        switch self {
        case .only: listedValueMatches
        case .allExcept: !listedValueMatches
        }
    }
}
