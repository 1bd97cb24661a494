import Foundation

/// A source of tab completions. The REPL asks every registered provider, so modules extend
/// completion by adding a provider (lab commands now; SQL keywords, table names and AWS CLI
/// operations as those modules arrive) instead of editing the REPL.
public protocol CompletionProvider: Sendable {
    /// Candidates for `word`, the text under the cursor; `line` is the whole input line before it.
    func completions(for word: String, in line: String) -> [String]
}

/// Completes a fixed vocabulary, only at the start of a line: the REPL's own command words.
public struct LeadingWordCompletion: CompletionProvider {
    public let words: [String]

    public init(words: [String]) { self.words = words }

    public func completions(for word: String, in line: String) -> [String] {
        guard line.trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
        return words.filter { $0.hasPrefix(word) }
    }
}

/// All registered providers; candidates are merged, deduplicated and sorted.
public struct CompletionRegistry: Sendable {
    private var providers: [any CompletionProvider] = []

    public init() {}

    public mutating func register(_ provider: any CompletionProvider) {
        providers.append(provider)
    }

    public func completions(for word: String, in line: String) -> [String] {
        Array(Set(providers.flatMap { $0.completions(for: word, in: line) })).sorted()
    }
}

