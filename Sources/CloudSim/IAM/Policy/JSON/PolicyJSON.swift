/// A JSON value as read from a policy document, kept with where it starts and ends in the text.
///
/// Foundation's JSONSerialization forgets positions and key order; IAM reports statement positions,
/// so policies are read with `PolicyJSONParser` into this tree instead.
struct PolicyJSON: Sendable {
    indirect enum Value: Sendable {
        case string(String)
        /// The number's text as written: condition values compare numbers as text or as decimals.
        case number(String)
        case bool(Bool)
        case null
        case array([PolicyJSON])
        /// Members in document order; a repeated key keeps its last value, as most JSON readers do.
        case object([(key: String, value: PolicyJSON)])
    }

    var value: Value
    /// Position of the value's first character.
    var start: SourcePosition
    /// Position just past the value's last character.
    var end: SourcePosition

    /// The member named `key`, compared exactly: IAM element names are case-sensitive.
    func member(_ key: String) -> PolicyJSON? {
        guard case .object(let members) = value else { return nil }
        return members.last(where: { $0.key == key })?.value
    }

    var stringValue: String? {
        if case .string(let text) = value { return text }
        return nil
    }
}
