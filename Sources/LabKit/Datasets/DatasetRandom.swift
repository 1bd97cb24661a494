/// Draws the generator makes, written out here rather than taken from the standard library's
/// `random(in:using:)`, whose algorithm is not promised to stay the same across Swift releases:
/// the datasets must be byte-identical for a scale and seed on every machine and toolchain.
extension SeededGenerator {
    /// A generator for one entity (a customer, a product): its attributes are a pure function of the
    /// dataset's seed and the entity's id, so every source that mentions the entity agrees on them
    /// without holding the others in memory.
    static func entity(_ base: UInt64, _ id: Int) -> SeededGenerator {
        SeededGenerator(seed: scramble(base &+ UInt64(truncatingIfNeeded: id) &* 0xD1B5_4A32_D192_ED03))
    }

    /// The base of a source's entity generators, derived from the dataset seed and the source's name.
    static func base(seed: UInt64, source: String) -> UInt64 {
        var generator = SeededGenerator(text: "\(source)/\(seed)")
        return generator.next()
    }

    /// SplitMix64's finalizer: spreads neighbouring inputs far apart, so entity streams do not overlap.
    static func scramble(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-high; the tiny bias is irrelevant here).
    mutating func below(_ bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A uniform integer in `range`.
    mutating func within(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    /// True with probability `percent` / 100.
    mutating func chance(percent: Int) -> Bool { below(100) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// An index into `weights`, each index drawn in proportion to its weight.
    mutating func weighted(_ weights: [Int]) -> Int {
        var draw = below(weights.reduce(0, +))
        for (index, weight) in weights.enumerated() {
            if draw < weight { return index }
            draw -= weight
        }
        return weights.count - 1
    }

    /// An id in `1...count` skewed towards low ids (the square of a uniform draw), so a few
    /// customers buy often and a few products sell best, as in real sales.
    mutating func skewedID(_ count: Int) -> Int {
        let first = below(count), second = below(count)
        return 1 + first * second / max(count, 1)
    }

    /// 32 hex digits in the 8-4-4-4-12 layout of a UUID.
    mutating func uuidText() -> String {
        let high = next(), low = next()
        let hex = String(high, radix: 16).leftPadded(16) + String(low, radix: 16).leftPadded(16)
        let chars = Array(hex)
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(chars[$0]) }.joined(separator: "-")
    }
}

extension String {
    func leftPadded(_ width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

/// Splits `total` into parts proportional to `weights`, exactly: floors first, then the remainder
/// one by one to the first parts, so the parts always add up to `total`.
func apportion(_ total: Int, weights: [Int]) -> [Int] {
    let sum = weights.reduce(0, +)
    var parts = weights.map { total * $0 / sum }
    var left = total - parts.reduce(0, +)
    var index = 0
    while left > 0 {
        parts[index % parts.count] += 1
        left -= 1
        index += 1
    }
    return parts
}
