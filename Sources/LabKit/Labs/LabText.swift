import CloudSim
import Foundation

/// Placeholders lab and exam authors write so text matches the learner's world: `{account}` (the
/// simulated account id), `{region}` (the default region) and `{datasets}` (the sample data folder).
public enum LabText {
    public static func expand(_ text: String, datasets: URL? = nil) -> String {
        var expanded = text.replacingOccurrences(of: "{account}", with: Account.learner.id)
            .replacingOccurrences(of: "{region}", with: Account.defaultRegion)
        if let datasets { expanded = expanded.replacingOccurrences(of: "{datasets}", with: datasets.path) }
        return expanded
    }
}
