/// A command that could not do its job, with the reason for the person who ran it. Unlike a
/// usage error it prints no usage text: the command line was fine, the world was not.
struct LabFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
