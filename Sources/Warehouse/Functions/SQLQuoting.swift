import Foundation

/// QUOTE_IDENT and QUOTE_LITERAL as PostgreSQL defines them: an identifier is double-quoted
/// unless it is lower-case letters, digits and underscores not starting with a digit and not a
/// reserved word (inner `"` doubled); a literal is single-quoted with inner `'` doubled.
enum SQLQuoting {
    static func identifier(_ name: String) -> String {
        let plain = name.first.map { $0 == "_" || ($0.isLetter && $0.isLowercase) } ?? false
            && name.allSatisfy { $0 == "_" || $0.isNumber || ($0.isLetter && $0.isLowercase) }
        if plain, Keyword(rawValue: name)?.isReserved != true { return name }
        return "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
