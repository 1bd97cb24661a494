/// Why the simulated world could not be opened or changed, for the person at the keyboard.
public struct WorldError: Error, Equatable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}
