import Testing
@testable import Warehouse

/// Mutates corpus statements at random (fixed seed) and checks that the parser always answers
/// with a tree or a positioned `SQLError`, never a crash, and that any tree it does produce
/// survives the printer's round trip.
struct ParserFuzzTests {
    /// SplitMix64: small, fast and reproducible.
    private struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Bytes worth inserting: quotes, comment and operator starts, NUL, and invalid UTF-8.
    private static let interestingBytes: [UInt8] = [
        0x00, 0x27, 0x22, 0x24, 0x28, 0x29, 0x2C, 0x3B, 0x2D, 0x2F, 0x2A, 0x3A, 0x23, 0x5C, 0x0A, 0x80, 0xC3, 0xE2,
        0xFF, 0xFE, 0xED, 0xA0,
    ]

    private func mutate(_ sql: String, using random: inout SeededGenerator) -> [UInt8] {
        var bytes = Array(sql.utf8)
        let ranges = ((try? Lexer.tokenize(sql)) ?? []).dropLast().map { token in
            token.location.byteOffset..<(token.location.byteOffset + token.text.utf8.count)
        }
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let tokenMutation = !ranges.isEmpty && Bool.random(using: &random)
            if tokenMutation, let range = ranges.randomElement(using: &random), range.upperBound <= bytes.count {
                let token = Array(bytes[range])
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes.removeSubrange(range)
                case 1: bytes.insert(contentsOf: token + [0x20], at: range.lowerBound)
                case 2:
                    // A keyword where a name or another keyword was: the printer must quote it.
                    let keyword = Keyword.allCases.randomElement(using: &random)?.rawValue ?? "select"
                    bytes.replaceSubrange(range, with: Array(keyword.utf8))
                default:
                    if let other = ranges.randomElement(using: &random), other.upperBound <= bytes.count,
                       other.lowerBound >= range.upperBound {
                        let otherToken = Array(bytes[other])
                        bytes.replaceSubrange(other, with: token)
                        bytes.replaceSubrange(range, with: otherToken)
                    }
                }
            } else if !bytes.isEmpty {
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes.removeSubrange(Int.random(in: 0..<bytes.count, using: &random)...)
                case 1:
                    let byte = Bool.random(using: &random) ? Self.interestingBytes.randomElement(using: &random) ?? 0
                        : UInt8.random(in: 0...255, using: &random)
                    bytes.insert(byte, at: Int.random(in: 0...bytes.count, using: &random))
                default: bytes.remove(at: Int.random(in: 0..<bytes.count, using: &random))
                }
            }
        }
        return bytes
    }

    /// The time limit only catches a hang; it is minutes above the real running time.
    @Test(.timeLimit(.minutes(1)))
    func mutatedStatementsParseOrFailWithAPositionInsideTheText() throws {
        var random = SeededGenerator(state: 20_261_125)
        let corpus = SQLCorpus.all
        var parsed = 0
        var failed = 0
        for _ in 0..<4_000 {
            guard let original = corpus.randomElement(using: &random) else { return }
            let text = String(decoding: mutate(original, using: &random), as: UTF8.self)
            let statements: [Statement]
            do {
                statements = try Parser.parse(text)
            } catch {
                failed += 1
                let position = try #require(error.position, "no position for \(error.message) in \(text)")
                #expect((1...text.unicodeScalars.count + 1).contains(position), "\(error) in \(text)")
                continue
            }
            parsed += 1
            let printed = statements.map(SQLPrinter.statement).joined(separator: ";\n")
            do {
                #expect(try Parser.parse(printed) == statements, "mutant: \(text)\nprinted: \(printed)")
            } catch {
                Issue.record("printed text does not parse: \(error)\nmutant: \(text)\nprinted: \(printed)")
            }
        }
        // Both outcomes must be exercised for the property to mean anything.
        #expect(parsed > 100)
        #expect(failed > 100)
    }
}
