import Foundation
@testable import LabKit

/// Small, valid exam items for tests, so each test states only what it varies.
enum ExamFixtures {
    static func item(_ id: String, domain: ExamDomain = .ingestion, select: Int = 1) -> ExamItem {
        let task = domain.tasks.keys.sorted()[0]
        let count = ExamItemRules.optionCount[select] ?? 4
        let options = (0..<count).map { index in
            ExamOption(text: "option \(index) of \(id)", correct: index < select, why: "because \(index)")
        }
        return ExamItem(id: id, domain: domain, task: task, difficulty: .medium, stem: "Which one for \(id)?",
                        select: select, options: options,
                        source: "https://docs.aws.amazon.com/redshift/latest/dg/r_COPY.html", lab: "08-loading")
    }

    /// `count` items per domain, ids prefixed as the rules require.
    static func bank(perDomain count: Int) -> ExamBank {
        ExamBank(items: ExamDomain.allCases.flatMap { domain in
            (1...count).map { item("\(domain.idPrefix)\($0)", domain: domain) }
        })
    }

    static let validYAML = """
    items:
      - id: ing-001
        domain: 1
        task: "1.1"
        difficulty: easy
        stem: |
          A company loads files. Which option?
        select: 1
        options:
          - text: Use a manifest.
            correct: true
            why: It names exact files.
          - text: Use a prefix.
            correct: false
            why: It matches stray files.
          - text: Use GZIP.
            correct: false
            why: Compression does not choose files.
          - text: Use MAXERROR.
            correct: false
            why: It tolerates bad rows only.
        source: https://docs.aws.amazon.com/redshift/latest/dg/loading-data-files-using-manifest.html
        lab: 08-loading
    """
}
