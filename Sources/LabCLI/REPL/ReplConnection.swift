/// Which database the REPL's SQL goes to: the scratch database, or a cluster's after `\c`.
/// A reference, so the handler's copies in the REPL loop share it.
final class ReplConnection {
    struct Cluster: Equatable {
        let id: String
        let database: String?
        let user: String?
    }

    var cluster: Cluster?
}
