import Testing
@testable import Warehouse

/// Random input (fixed seed) must either convert or fail with an `SQLError`, never trap.
@Suite struct InputFuzzTests {
    private static let alphabet = Array("0123456789-+:. /TZeEapmPMbBcCdDjJnN,\té99")

    @Test func textToEveryTypeNeverTraps() throws {
        var generator = KernelPropertyTests.SeededGenerator(state: 11)
        let targets: [DataType] = CastMatrixTests.types + [.decimal(precision: 38, scale: 37), .char(length: 1), .varchar(length: 2)]
        var texts: [Datum] = []
        for _ in 0..<1500 {
            let length = Int.random(in: 0...24, using: &generator)
            texts.append(.string(String((0..<length).map { _ in Self.alphabet[Int.random(in: 0..<Self.alphabet.count, using: &generator)] })))
        }
        let column = try ColumnVector(type: .varchar(length: 200), datums: texts)
        var converted = 0, rejected = 0
        for target in targets {
            for row in 0..<column.count {
                do {
                    _ = try CastKernel.cast(column.sliced(row..<row + 1), to: target, explicit: false)
                    converted += 1
                } catch is SQLError {
                    rejected += 1
                }
            }
        }
        #expect(converted > 0 && rejected > 0)
    }

    @Test func extremeTimestampsNeverTrap() throws {
        var generator = KernelPropertyTests.SeededGenerator(state: 12)
        var values: [Int64] = [.min, .max, 0, -1, 1]
        for _ in 0..<300 { values.append(Int64.random(in: .min ... .max, using: &generator)) }
        for value in values {
            _ = DateTimeFormat.timestamp(value)
            _ = DateTimeFormat.timestamptz(value)
            _ = DateTimeFormat.date(Int32(truncatingIfNeeded: value))
            for part in DatePart.allCases {
                _ = try? DateTimeArithmetic.extract(part, value)
                _ = try? DateTimeArithmetic.datePart(part, value)
                if let truncated = try? DateTimeArithmetic.dateTrunc(part, value) { #expect(truncated <= value) }
                _ = try? DateTimeArithmetic.dateAdd(part, Int64.random(in: .min ... .max, using: &generator), to: value)
                _ = try? DateTimeArithmetic.dateDiff(part, value, Int64.random(in: .min ... .max, using: &generator))
            }
            _ = try? DateTimeArithmetic.addMonths(value, Int64.random(in: .min ... .max, using: &generator))
        }
    }
}
