import Foundation

/// Expands policy variables (`${aws:username}`, `${aws:PrincipalTag/team}`, `${aws:userid, 'none'}`)
/// inside Resource and condition values, as IAM does for Version 2012-10-17 documents only; under
/// 2008-10-17 (or no Version) the same text is matched literally.
///
/// `${*}`, `${?}` and `${$}` stand for a literal `*`, `?` and `$`. A variable whose key is absent
/// from the request (and that has no default) cannot be resolved, and then the value it appears
/// in matches nothing — the documented effect of an unresolvable variable.
enum PolicyVariables {
    /// The value as a pattern, or `nil` when a variable in it has no value for this request.
    static func pattern(
        for text: String, expand: Bool, context: RequestContext, caseSensitive: Bool
    ) -> WildcardPattern? {
        guard expand else { return WildcardPattern(text, caseSensitive: caseSensitive) }
        var pieces: [WildcardPattern.Piece] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "$", index + 1 < scalars.count, scalars[index + 1] == "{",
               let close = scalars[(index + 2)...].firstIndex(of: "}") {
                let body = String(String.UnicodeScalarView(scalars[(index + 2)..<close]))
                guard let replacement = resolve(body, context: context) else { return nil }
                pieces.append(contentsOf: replacement.unicodeScalars.map { .literal($0) })
                index = close + 1
            } else {
                pieces.append(WildcardPattern.piece(for: scalars[index]))
                index += 1
            }
        }
        return WildcardPattern(pieces: pieces, caseSensitive: caseSensitive)
    }

    /// The literal text a variable body stands for.
    private static func resolve(_ body: String, context: RequestContext) -> String? {
        switch body {
        case "*", "?", "$": return body
        default: break
        }
        let (key, fallback) = splitDefault(body)
        if let values = context.values(for: key), values.count == 1 { return values[0] }
        return fallback
    }

    /// `aws:username, 'anonymous'` → key and default; a body without a quoted default has none.
    private static func splitDefault(_ body: String) -> (key: String, fallback: String?) {
        guard let comma = body.firstIndex(of: ",") else {
            return (body.trimmingCharacters(in: .whitespaces), nil)
        }
        let key = body[..<comma].trimmingCharacters(in: .whitespaces)
        let rest = body[body.index(after: comma)...].trimmingCharacters(in: .whitespaces)
        guard rest.count >= 2, rest.hasPrefix("'"), rest.hasSuffix("'") else { return (key, nil) }
        return (key, String(rest.dropFirst().dropLast()))
    }
}
