import Foundation

/// Who the learner is in this workspace: `$LAB_LEARNER`, else the login name, else "learner".
/// Hand-ins carry this name, so an instructor's class shows each learner under it.
public enum LearnerName {
    public static func current(environment: [String: String]) -> String {
        for key in ["LAB_LEARNER", "USER", "LOGNAME"] {
            if let name = environment[key]?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty {
                return name
            }
        }
        return "learner"
    }
}

