/// One (action, resource) pair a grader expects a principal to be allowed — or denied — with the
/// request context the exercise assumes.
public struct PermissionExpectation: Equatable, Sendable, CustomStringConvertible {
    public var action: String
    public var resource: String
    public var context: RequestContext

    public init(_ action: String, on resource: String, context: RequestContext = RequestContext()) {
        self.action = action
        self.resource = resource
        self.context = context
    }

    public var description: String { "\(action) on \(resource)" }
}
