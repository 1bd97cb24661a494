/// Why the progress database cannot be used, worded for the learner.
public enum ProgressStoreError: Error, Equatable, CustomStringConvertible {
    case notADatabase(String)
    case foreignDatabase(String)
    case newerSchema(String)
    case unreadable(String, reason: String)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            return "\(path) is not a SQLite database (damaged, or another kind of file); it was left untouched."
        case .foreignDatabase(let path):
            return "\(path) is a SQLite database that belongs to another program, not a Redshift Lab progress store; "
                + "it was left untouched."
        case .newerSchema(let path):
            return "\(path) was written by a newer lab; upgrade lab to use it (it was left untouched)."
        case .unreadable(let path, let reason):
            return "cannot open the progress store \(path): \(reason)"
        }
    }
}
