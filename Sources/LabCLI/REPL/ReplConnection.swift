import Synchronization

/// Which database the REPL's SQL goes to: the scratch database, or a cluster's after `\c`.
/// A reference, so the handler's copies in the REPL loop and tab completion share it.
final class ReplConnection: Sendable {
    struct Cluster: Equatable, Sendable {
        let id: String
        let database: String?
        let user: String?
    }

    private let state = Mutex<Cluster?>(nil)

    var cluster: Cluster? {
        get { state.withLock { $0 } }
        set { state.withLock { $0 = newValue } }
    }
}
