import CloudSim
import Foundation

/// Placeholders lab and exam authors write so text matches the learner's world: `{account}` (the
/// simulated account id), `{region}` (the default region), `{datasets}` (the sample data folder) and
/// `{manifest:PATH + PATH ...}` (numbers from the sample's `manifest.json`, summed), so a check's
/// expected count comes from what the generator documents instead of being typed into the lab.
public enum LabText {
    public static func expand(_ text: String, datasets: URL? = nil) -> String {
        var expanded = text.replacingOccurrences(of: "{account}", with: Account.learner.id)
            .replacingOccurrences(of: "{region}", with: Account.defaultRegion)
        if let datasets {
            expanded = expanded.replacingOccurrences(of: "{datasets}", with: datasets.path)
            expanded = manifestExpanded(expanded, manifest: datasets.appendingPathComponent("sample/manifest.json"))
        }
        return expanded
    }

    /// Each `{manifest:...}` replaced by the sum of the numbers its paths reach in the manifest; a
    /// placeholder whose manifest or path is missing stays as written, so the check that uses it
    /// fails showing it rather than comparing with a made-up number.
    static func manifestExpanded(_ text: String, manifest: URL) -> String {
        guard text.contains("{manifest:") else { return text }
        let document = (try? Data(contentsOf: manifest)).flatMap { try? JSONSerialization.jsonObject(with: $0) }
        var expanded = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{manifest:"), let close = rest[open.upperBound...].firstIndex(of: "}") {
            expanded += rest[..<open.lowerBound]
            let terms = rest[open.upperBound..<close].split(separator: "+").map { $0.trimmingCharacters(in: .whitespaces) }
            let numbers = terms.map { term -> Int? in
                guard let document, let path = try? JSONPath(parsing: term) else { return nil }
                let values = path.values(in: document)
                return values.count == 1 ? (values[0] as? NSNumber)?.intValue : nil
            }
            let found = numbers.compactMap { $0 }
            if !terms.isEmpty, found.count == terms.count {
                expanded += String(found.reduce(0, +))
            } else {
                expanded += rest[open.lowerBound...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return expanded + rest
    }
}
