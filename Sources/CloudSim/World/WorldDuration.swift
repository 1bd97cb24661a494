import Foundation

/// An amount of world time as `lab clock advance` takes it: a positive whole number and a unit,
/// `s`, `m`, `h` or `d` (`90m`, `2h`, `30d`).
public struct WorldDuration: Sendable, Equatable {
    public let seconds: TimeInterval

    /// What to tell someone whose amount did not parse.
    public static func notAnAmount(_ text: String) -> String {
        "'\(text)' is not an amount of time: use a positive whole number and a unit, s, m, h or d (e.g. 2h, 30d)."
    }

    public init?(_ text: String) {
        let units: [Character: TimeInterval] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]
        guard let unit = text.last, let scale = units[unit],
              let amount = Int(text.dropLast()), amount > 0,
              text.dropLast().allSatisfy(\.isASCII) else { return nil }
        let (product, overflow) = amount.multipliedReportingOverflow(by: Int(scale))
        guard !overflow, product <= 100 * 365 * 86_400 else { return nil }
        seconds = TimeInterval(product)
    }
}
