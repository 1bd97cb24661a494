import Testing
@testable import LabKit

@Suite struct CompletionTests {
    struct TableNames: CompletionProvider {
        func completions(for word: String, in line: String) -> [String] {
            line.lowercased().hasSuffix("from ") ? ["sales", "sales_fact", "venue"].filter { $0.hasPrefix(word) } : []
        }
    }

    @Test func leadingWordsCompleteOnlyAtTheStartOfALine() {
        let words = LeadingWordCompletion(words: ["check", "hint", "help"])
        #expect(words.completions(for: "h", in: "") == ["hint", "help"])
        #expect(words.completions(for: "h", in: "select ").isEmpty)
    }

    @Test func registryMergesProvidersSortedWithoutDuplicates() {
        var registry = CompletionRegistry()
        registry.register(LeadingWordCompletion(words: ["sales", "status"]))
        registry.register(TableNames())
        #expect(registry.completions(for: "s", in: "") == ["sales", "status"])
        #expect(registry.completions(for: "sa", in: "select * from ") == ["sales", "sales_fact"])
    }
}
