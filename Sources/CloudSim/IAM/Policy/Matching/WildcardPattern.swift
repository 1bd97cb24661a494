/// A glob as IAM writes them: `*` matches any run of characters (including none), `?` exactly one.
///
/// A pattern is a list of pieces rather than a string so that a literal `*` or `?` produced by the
/// policy variables `${*}` and `${?}` stays literal and never acts as a wildcard.
struct WildcardPattern: Equatable, Sendable {
    enum Piece: Equatable, Sendable {
        case literal(Unicode.Scalar)
        case anyRun
        case anyOne
    }

    private(set) var pieces: [Piece]
    let caseSensitive: Bool

    init(pieces: [Piece], caseSensitive: Bool) {
        self.caseSensitive = caseSensitive
        self.pieces = caseSensitive ? pieces : pieces.map(Self.folded)
    }

    /// Reads every `*` and `?` in `text` as a wildcard (no policy variables).
    init(_ text: String, caseSensitive: Bool) {
        self.init(pieces: text.unicodeScalars.map(Self.piece(for:)), caseSensitive: caseSensitive)
    }

    /// The pattern as plain text, wildcards written as `*` and `?`: what exact comparisons
    /// (`StringEquals`) compare, since they treat wildcard characters literally.
    var literalText: String {
        var scalars = String.UnicodeScalarView()
        for piece in pieces {
            switch piece {
            case .literal(let scalar): scalars.append(scalar)
            case .anyRun: scalars.append("*")
            case .anyOne: scalars.append("?")
            }
        }
        return String(scalars)
    }

    static func piece(for scalar: Unicode.Scalar) -> Piece {
        switch scalar {
        case "*": .anyRun
        case "?": .anyOne
        default: .literal(scalar)
        }
    }

    /// Whether the whole of `text` matches. Greedy matching with one backtrack point per `*`:
    /// linear space, and at worst pieces × characters steps — no recursion, whatever the input.
    func matches(_ text: String) -> Bool {
        let subject = caseSensitive ? Array(text.unicodeScalars) : Array(text.unicodeScalars.map(Self.fold))
        var p = 0
        var s = 0
        var starPiece: Int?
        var starSubject = 0
        while s < subject.count {
            if p < pieces.count {
                switch pieces[p] {
                case .anyRun:
                    starPiece = p
                    starSubject = s
                    p += 1
                    continue
                case .anyOne:
                    p += 1
                    s += 1
                    continue
                case .literal(let scalar) where scalar == subject[s]:
                    p += 1
                    s += 1
                    continue
                case .literal:
                    break
                }
            }
            guard let star = starPiece else { return false }
            p = star + 1
            starSubject += 1
            s = starSubject
        }
        while p < pieces.count, pieces[p] == .anyRun { p += 1 }
        return p == pieces.count
    }

    private static func folded(_ piece: Piece) -> Piece {
        if case .literal(let scalar) = piece { return .literal(fold(scalar)) }
        return piece
    }

    /// ASCII case folding: the names IAM compares without case (actions, `...IgnoreCase` values
    /// in practice) are ASCII, and folding only ASCII keeps every other character unchanged.
    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard ("A"..."Z").contains(scalar), let lower = Unicode.Scalar(scalar.value + 32) else { return scalar }
        return lower
    }
}
