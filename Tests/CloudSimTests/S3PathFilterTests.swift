@testable import CloudSim
import Testing

/// `--exclude`/`--include` patterns, with Python's `fnmatch` answers for the same inputs.
@Suite struct S3PathFilterTests {
    @Test(arguments: [
        ("*.csv", "sub/c.csv", true), ("sub/*", "sub/x/y", true), ("[ab].*", "a.csv", true), ("[!ab].*", "c.csv", true),
        ("[!ab].*", "a.csv", false), ("?.txt", "b.txt", true), ("?.txt", "bb.txt", false), ("[a-c]x", "bx", true),
        ("[", "[", true), ("data/*/2026/*.csv", "data/x/2026/y.csv", true), ("*", "", true), ("a*b*c", "aXbYd", false),
    ])
    func globsMatchAsFnmatchDoes(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(S3PathFilter.matches(Array(path), Array(pattern)) == expected)
    }

    @Test func theLastMatchingFilterDecides() {
        let filter = S3PathFilter(rules: [.init(excludes: true, pattern: "*"), .init(excludes: false, pattern: "*.csv"),
                                          .init(excludes: true, pattern: "tmp/*")])
        #expect(filter.includes("raw/a.csv"))
        #expect(!filter.includes("raw/a.json"))
        #expect(!filter.includes("tmp/a.csv"))
        #expect(S3PathFilter().includes("anything"))
    }
}
