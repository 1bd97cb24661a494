/// An operation's input and the world it runs in.
public struct OperationRequest {
    public let input: AWSValue
    public let world: WorldTransaction

    /// The member `name` of the input.
    public subscript(name: String) -> AWSValue? { input[name] }

    /// A member validation made sure is present.
    public func string(_ name: String) -> String { input[name]?.stringValue ?? "" }
}
