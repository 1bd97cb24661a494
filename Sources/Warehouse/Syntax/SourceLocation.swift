/// Where a token or syntax node begins in the statement text.
///
/// Two locations always compare equal and hash alike: a location is metadata about where something
/// was written, not part of what it means. That lets the binder match a select-list expression
/// against a GROUP BY expression written elsewhere, and lets a statement printed by `SQLPrinter`
/// compare equal to the statement it was parsed from. Tests that care about positions read the
/// fields directly.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// 0-based offset into the UTF-8 bytes of the text.
    public var byteOffset: Int
    /// 1-based character offset, the unit PostgreSQL reports in an error's `position`.
    public var position: Int

    public init(byteOffset: Int, position: Int) {
        self.byteOffset = byteOffset
        self.position = position
    }

    public static func == (lhs: SourceLocation, rhs: SourceLocation) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}

    public var description: String { "position \(position) (byte \(byteOffset))" }
}
