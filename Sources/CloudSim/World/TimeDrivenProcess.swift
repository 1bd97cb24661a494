/// Behaviour that happens because time passes rather than because someone asked, such as S3
/// lifecycle transitions; it catches up to the transaction's time before the operation runs.
public protocol TimeDrivenProcess: Sendable {
    func catchUp(_ world: WorldTransaction) throws
}
