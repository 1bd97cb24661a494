/// One authorization question: may `principal` perform `action` on `resource`, given `context`?
public struct AccessRequest: Equatable, Sendable {
    public var principal: RequestPrincipal
    /// `service:Operation`, e.g. `s3:GetObject`.
    public var action: String
    /// The resource ARN, or `*` for actions that take no resource (`s3:ListAllMyBuckets`).
    public var resource: String
    public var context: RequestContext

    public init(principal: RequestPrincipal, action: String, resource: String, context: RequestContext = RequestContext()) {
        self.principal = principal
        self.action = action
        self.resource = resource
        self.context = context
    }
}
