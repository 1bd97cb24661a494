import Foundation

/// A learner's whole record in one JSON file, written by `lab progress handin` and merged into an
/// instructor's workspace by `lab class import`. It carries the answer files too, so an instructor
/// can re-grade the work itself rather than trust recorded results.
public struct HandIn: Codable, Sendable, Equatable {
    public static let formatName = "redshift-lab-handin"
    public static let formatVersion = 1

    public struct AttemptEntry: Codable, Sendable, Equatable {
        public var lab: String
        public var step: String
        public var at: Date
        public var checks: [CheckResult]
    }

    public struct HintEntry: Codable, Sendable, Equatable {
        public var lab: String
        public var step: String
        public var tier: Int
        public var at: Date
    }

    public struct ExamEntry: Codable, Sendable, Equatable {
        public struct Answer: Codable, Sendable, Equatable {
            public var position: Int
            public var item: String
            public var chosen: [Int]?
            public var correct: Bool?
            public var flagged: Bool
            public var answeredAt: Date?
            public var seconds: Double
        }

        public var mode: String
        public var startedAt: Date
        public var deadline: Date?
        public var submittedAt: Date?
        public var scaledScore: Int?
        public var passed: Bool?
        public var answers: [Answer]
    }

    public var format: String
    public var version: Int
    public var learner: String
    public var createdAt: Date
    public var createdBy: String
    public var attempts: [AttemptEntry]
    public var hints: [HintEntry]
    public var exams: [ExamEntry]
    /// Answer files by path relative to the workspace's `answers/` folder (`07-star-schema/sales.sql`).
    public var answerFiles: [String: String]

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self)
    }

    /// Reads a hand-in file, refusing anything that is not one, or one from a newer `lab`.
    public static func decode(_ data: Data, file: String) throws(HandInError) -> HandIn {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let handIn: HandIn
        do { handIn = try decoder.decode(HandIn.self, from: data) } catch {
            throw .notAHandIn(file, reason: Self.describe(error))
        }
        guard handIn.format == formatName else { throw .notAHandIn(file, reason: "its format is '\(handIn.format)'") }
        guard handIn.version <= formatVersion else { throw .newerVersion(file, handIn.version) }
        guard !handIn.learner.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .notAHandIn(file, reason: "it names no learner")
        }
        return handIn
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "field '\(key.stringValue)' is missing"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
             DecodingError.dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? "it is not JSON" : "field '\(path)' is invalid"
        default: return "\(error)"
        }
    }
}

public enum HandInError: Error, Equatable, CustomStringConvertible {
    case notAHandIn(String, reason: String)
    case newerVersion(String, Int)

    public var description: String {
        switch self {
        case .notAHandIn(let file, let reason): return "\(file) is not a Redshift Lab hand-in file: \(reason)."
        case .newerVersion(let file, let version):
            return "\(file) was written by a newer lab (hand-in version \(version)); upgrade lab to import it."
        }
    }
}
