import CloudSim
import LabKit

/// Tab completion for `aws` lines at the REPL: services after `aws`, then operations, then
/// `--parameter` names, all from CloudSim's operation tables.
struct AwsCompletion: CompletionProvider {
    func completions(for word: String, in line: String) -> [String] {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.first == "aws" else { return [] }
        let candidates: [String]
        switch words.count {
        case 1: candidates = AWSCatalog.serviceNames
        case 2: candidates = AWSCatalog.operationNames(of: words[1])
        default:
            guard word.hasPrefix("-") else { return [] }
            candidates = AWSCatalog.parameterNames(service: words[1], operation: words[2])
        }
        return candidates.filter { $0.hasPrefix(word) }
    }
}
