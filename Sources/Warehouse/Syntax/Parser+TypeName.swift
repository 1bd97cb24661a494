/// Type names, kept as written for the binder to interpret.
extension Parser {
    /// A type name as written: `int`, `varchar(256)`, `VARCHAR(MAX)`, `numeric(18,2)`,
    /// `double precision`, `character varying(20)`, `timestamp without time zone`.
    mutating func parseTypeName() throws(SQLError) -> TypeName {
        let location = current.location
        var words: [String]
        switch current.kind {
        case .word(let word), .quotedIdentifier(let word):
            guard current.keyword?.isReserved != true else { throw syntaxError() }
            words = [word]
        default:
            throw syntaxError()
        }
        advance()
        switch words[0] {
        case "double":
            if consumeKeyword(.precision) { words.append("precision") }
        case "character", "char", "nchar", "bit":
            if consumeKeyword(.varying) { words.append("varying") }
        default:
            break
        }
        var modifiers: [TypeModifier] = []
        if consumePunctuation("(") {
            repeat {
                if case .word("max") = current.kind {
                    advance()
                    modifiers.append(.max)
                } else {
                    modifiers.append(.number(try parseInteger()))
                }
            } while consumePunctuation(",")
            try expectPunctuation(")")
        }
        if modifiers.isEmpty, words == ["time"] || words == ["timestamp"] {
            if consumeKeywords(.with, .time, .zone) {
                words += ["with", "time", "zone"]
            } else if consumeKeywords(.without, .time, .zone) {
                words += ["without", "time", "zone"]
            }
        }
        return TypeName(words: words, modifiers: modifiers, location: location)
    }
}
