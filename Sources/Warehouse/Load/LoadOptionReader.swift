/// The options of one COPY or UNLOAD by name, with the checks every option shares: written at
/// most once, arguments of the expected kind, and only options this command takes.
struct LoadOptionReader {
    private var byName: [String: LoadOption] = [:]
    let command: String

    init(_ options: [LoadOption], command: String, accepted: Set<String>) throws(SQLError) {
        self.command = command
        for option in options {
            guard accepted.contains(option.name) else {
                throw SQLError(SQLState.featureNotSupported,
                               "\(option.name) is not supported for \(command) by this engine yet",
                               position: option.location.position)
            }
            guard byName[option.name] == nil else {
                throw SQLError(SQLState.syntaxError, "conflicting or redundant options", position: option.location.position)
            }
            byName[option.name] = option
        }
    }

    func has(_ name: String) -> Bool { byName[name] != nil }

    func option(_ name: String) -> LoadOption? { byName[name] }

    /// The first argument as written.
    func value(_ name: String) -> OptionValue? { byName[name]?.arguments.first }

    func string(_ name: String) throws(SQLError) -> String? {
        guard let option = byName[name] else { return nil }
        guard case .string(let text)? = option.arguments.first else {
            throw SQLError(SQLState.syntaxError, "\(name) needs a quoted string argument", position: option.location.position)
        }
        return text
    }

    /// A whole-number argument within `range`.
    func integer(_ name: String, in range: ClosedRange<Int>) throws(SQLError) -> Int? {
        guard let option = byName[name] else { return nil }
        guard case .number(let text)? = option.arguments.first, let number = Int(text), range.contains(number) else {
            throw SQLError(SQLState.invalidParameterValue,
                           "\(name) argument must be an integer between \(range.lowerBound) and \(range.upperBound)",
                           position: option.location.position)
        }
        return number
    }

    /// `ON`/`TRUE` (or the bare option) is true, `OFF`/`FALSE` false, nil when not written.
    func onOff(_ name: String) -> Bool? {
        guard let option = byName[name] else { return nil }
        guard case .word(let word)? = option.arguments.first else { return true }
        return word == "on" || word == "true" || word == "preset"
    }

    /// Throws when two options that exclude each other are both written.
    func forbid(_ first: String, with others: [String]) throws(SQLError) {
        guard let option = byName[first] else { return }
        for other in others where byName[other] != nil {
            throw SQLError(SQLState.invalidParameterValue, "\(first) cannot be used with \(other)",
                           position: option.location.position)
        }
    }
}
