/// Reads an answer typed as option letters: `b`, `B`, `a,c`, `ac` or `a c`.
enum AnswerInput {
    static let letters = Array("abcdef")

    /// The display positions chosen, or why the text is not an answer to an item of `optionCount`
    /// options needing `select` choices.
    static func parse(_ text: String, optionCount: Int, select: Int) -> Result<Set<Int>, AnswerError> {
        let marks = text.lowercased().filter { !$0.isWhitespace && $0 != "," }
        guard !marks.isEmpty else { return .failure(.empty) }
        var chosen = Set<Int>()
        for mark in marks {
            guard let index = letters.firstIndex(of: mark), index < optionCount else {
                return .failure(.unknownOption(mark, last: letters[optionCount - 1]))
            }
            chosen.insert(index)
        }
        guard chosen.count == select else { return .failure(.wrongCount(select, got: chosen.count)) }
        return .success(chosen)
    }

    static func label(_ index: Int) -> String { String(letters[index]).uppercased() }

    enum AnswerError: Error, Equatable, CustomStringConvertible {
        case empty
        case unknownOption(Character, last: Character)
        case wrongCount(Int, got: Int)

        var description: String {
            switch self {
            case .empty:
                return "Type the letter of your answer."
            case .unknownOption(let mark, let last):
                return "'\(mark)' is not an option; choose from a to \(last)."
            case .wrongCount(let select, let got):
                return select == 1
                    ? "Choose one option (you chose \(got))."
                    : "Choose exactly \(select) options, e.g. 'a,c' (you chose \(got))."
            }
        }
    }
}
