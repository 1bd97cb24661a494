/// COPY and UNLOAD; their options are read with `LoadOptionSyntax`.
extension Parser {
    /// `COPY table [(columns)] FROM 'source' option...`.
    mutating func parseCopy() throws(SQLError) -> Copy {
        try expectKeyword(.copy)
        let table = try parseObjectName()
        let columns = try parseOptionalColumnList()
        try expectKeyword(.from)
        let source = try parseStringConstant()
        return Copy(table: table, columns: columns, source: source, options: try parseLoadOptions())
    }

    /// `UNLOAD ('query') TO 'destination' option...`.
    mutating func parseUnload() throws(SQLError) -> Unload {
        try expectKeyword(.unload)
        try expectPunctuation("(")
        let query = try parseStringConstant()
        try expectPunctuation(")")
        try expectKeyword(.to)
        let destination = try parseStringConstant()
        return Unload(query: query, destination: destination, options: try parseLoadOptions())
    }

    mutating func parseStringConstant() throws(SQLError) -> String {
        guard case .string(let value) = current.kind else { throw syntaxError() }
        advance()
        return value
    }

    /// Options until the end of the statement, each as written.
    private mutating func parseLoadOptions() throws(SQLError) -> [LoadOption] {
        var options: [LoadOption] = []
        while !current.isEndOfInput, !current.isPunctuation(";") {
            // `WITH CREDENTIALS` is the one option Redshift lets WITH introduce.
            if isKeyword(.with), case .word("credentials") = peek().kind { advance() }
            options.append(try parseLoadOption())
        }
        return options
    }

    private mutating func parseLoadOption() throws(SQLError) -> LoadOption {
        let location = current.location
        if consumeKeywords(.partition, .by) {
            let columns = try parseParenthesizedIdentifiers().map { OptionValue.word($0.value) }
            return LoadOption(name: "PARTITION BY", arguments: columns, location: location)
        }
        guard let word = currentWord, let syntax = LoadOptionSyntax.options[word.uppercased()] else {
            throw syntaxError()
        }
        advance()
        if syntax.allowsAs { _ = consumeKeyword(.as) }
        var arguments: [OptionValue] = []
        for slot in syntax.required {
            guard let value = try parseSlot(slot) else { throw syntaxError() }
            arguments.append(value)
        }
        for slot in syntax.optional {
            guard let value = try parseSlot(slot) else { break }
            arguments.append(value)
        }
        return LoadOption(name: word.uppercased(), arguments: arguments, location: location)
    }

    /// The argument at the current token if it fits `slot`, else `nil` (consuming nothing).
    private mutating func parseSlot(_ slot: LoadOptionSyntax.Slot) throws(SQLError) -> OptionValue? {
        switch (slot, current.kind) {
        case (.string, .string(let text)), (.stringOrWord, .string(let text)):
            advance()
            return .string(text)
        case (.number, .integer), (.number, .decimal):
            return try parseOptionValue()
        case (.word(let words), .word(let word)) where words.contains(word),
             (.stringOrWord(let words), .word(let word)) where words.contains(word):
            advance()
            return .word(word)
        default:
            return nil
        }
    }
}
