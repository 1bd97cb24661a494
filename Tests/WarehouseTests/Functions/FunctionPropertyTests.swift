import Testing
@testable import Warehouse

/// Randomized comparisons (fixed seeds) of the vectorized functions with plain scalar Swift.
@Suite struct FunctionPropertyTests {
    private static func integers(_ count: Int, _ generator: inout SeededGenerator) -> [Int32?] {
        (0..<count).map { _ in Int.random(in: 0..<8, using: &generator) == 0 ? nil : Int32.random(in: -100_000...100_000, using: &generator) }
    }

    @Test func integerFunctionsMatchSwift() throws {
        var generator = SeededGenerator(state: 21)
        let a = Self.integers(400, &generator), b = Self.integers(400, &generator)
        let abs = try Functions.call("abs", [ints(a)]).values
        let sign = try Functions.call("sign", [ints(a)]).values
        let mod = try Functions.call("mod", [ints(a), ints(b.map { $0 == 0 ? 1 : $0 })]).values
        let rounded = try Functions.call("round", [ints(a), repeated(int(-2), 400)]).values
        let greatest = try Functions.call("greatest", [ints(a), ints(b)]).values
        let least = try Functions.call("least", [ints(a), ints(b)]).values
        for row in 0..<400 {
            let x = a[row], y = b[row]
            #expect(abs[row] == (x.map { .integer(Swift.abs($0)) } ?? .null))
            #expect(sign[row] == (x.map { .integer($0.signum()) } ?? .null))
            let divisor = y == 0 ? 1 : y
            #expect(mod[row] == (x.flatMap { x in divisor.map { .integer(x % $0) } } ?? .null))
            let reference = x.map { value -> Datum in
                let hundreds = (Double(value) / 100).rounded(.toNearestOrAwayFromZero)
                return .integer(Int32(hundreds * 100))
            }
            #expect(rounded[row] == (reference ?? .null))
            let present = [x, y].compactMap { $0 }
            #expect(greatest[row] == (present.max().map(Datum.integer) ?? .null))
            #expect(least[row] == (present.min().map(Datum.integer) ?? .null))
        }
    }

    @Test func stringSearchFunctionsMatchSwift() throws {
        var generator = SeededGenerator(state: 5)
        let alphabet = Array("ab,-é")
        func word() -> String { String((0..<Int.random(in: 0...10, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }) }
        let values = (0..<300).map { _ in word() }
        let needles = (0..<300).map { _ in String(alphabet.randomElement(using: &generator)!) }
        let fields = (0..<300).map { _ in Int32.random(in: 1...4, using: &generator) }
        let widths = (0..<300).map { _ in Int32.random(in: 0...12, using: &generator) }
        let input = texts(values), needle = texts(needles)
        let split = try Functions.call("split_part", [input, needle, column(.integer, fields.map { .integer($0) })]).values
        let replaced = try Functions.call("replace", [input, needle, repeated(text("<>"), 300)]).values
        let positions = try Functions.call("strpos", [input, needle]).values
        let padded = try Functions.call("lpad", [input, column(.integer, widths.map { .integer($0) }), repeated(text("xy"), 300)]).values
        for row in 0..<300 {
            let value = values[row], separator = needles[row]
            let parts = value.components(separatedBy: separator)
            let field = Int(fields[row])
            #expect(split[row] == .string(field <= parts.count ? parts[field - 1] : ""))
            #expect(replaced[row] == .string(value.replacingOccurrences(of: separator, with: "<>")))
            let offset = value.range(of: separator).map { value.distance(from: value.startIndex, to: $0.lowerBound) + 1 } ?? 0
            #expect(positions[row] == .integer(Int32(offset)))
            let width = Int(widths[row])
            let expected = value.count >= width ? String(value.prefix(width))
                : String(String(repeating: "xy", count: width).prefix(width - value.count)) + value
            #expect(padded[row] == .string(expected))
        }
    }
}

private extension String {
    func components(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(self)
        while let range = rest.range(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }

    func replacingOccurrences(of target: String, with replacement: String) -> String {
        components(separatedBy: target).joined(separator: replacement)
    }

    func range(of target: String) -> Range<Index>? { Substring(self).range(of: target) }
}

private extension Substring {
    func range(of target: String) -> Range<Index>? {
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(target) { return index..<self.index(index, offsetBy: target.count) }
            index = self.index(after: index)
        }
        return nil
    }
}
