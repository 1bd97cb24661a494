import Testing
@testable import Warehouse

/// Kernels over random vectors (fixed seed) must agree row by row with a plain scalar
/// computation written independently here.
@Suite struct KernelPropertyTests {
    /// SplitMix64: a tiny deterministic generator so failures reproduce.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let trials = 12
    static let rows = 400

    private func randomValues<T>(_ generator: inout SeededGenerator, _ make: (inout SeededGenerator) -> T) -> [T?] {
        (0..<Self.rows).map { _ in Int.random(in: 0..<5, using: &generator) == 0 ? nil : make(&generator) }
    }

    private func randomSelection(_ generator: inout SeededGenerator) -> SelectionVector? {
        guard Bool.random(using: &generator) else { return nil }
        return SelectionVector((0..<UInt32(Self.rows)).filter { _ in Bool.random(using: &generator) })
    }

    private func inPlay(_ selection: SelectionVector?) -> Set<Int> {
        Set(selection.map { $0.indices.map(Int.init) } ?? Array(0..<Self.rows))
    }

    @Test func integerArithmeticMatchesScalarReference() throws {
        var generator = SeededGenerator(state: 1)
        for _ in 0..<Self.trials {
            let a = randomValues(&generator) { Int32.random(in: -50_000...50_000, using: &$0) }
            let b = randomValues(&generator) { g -> Int32 in
                let value = Int32.random(in: -300...300, using: &g)
                return value == 0 ? 1 : value
            }
            let selection = randomSelection(&generator)
            let rows = inPlay(selection)
            let left = try ColumnVector(type: .integer, datums: a.map { $0.map(Datum.integer) ?? .null })
            let right = try ColumnVector(type: .integer, datums: b.map { $0.map(Datum.integer) ?? .null })
            let references: [(ArithmeticOperation, (Int, Int) -> Int)] = [
                (.add, +), (.subtract, -), (.multiply, *), (.divide, /), (.modulo, %),
            ]
            for (operation, reference) in references {
                let result = try ArithmeticKernel.apply(operation, left, right, selection: selection)
                for row in 0..<Self.rows {
                    let expected: Datum
                    if rows.contains(row), let x = a[row], let y = b[row] {
                        expected = .integer(Int32(reference(Int(x), Int(y))))
                    } else {
                        expected = .null
                    }
                    #expect(result.datum(at: row) == expected, "\(operation) row \(row)")
                }
            }
        }
    }

    @Test func decimalArithmeticMatchesScalarReference() throws {
        var generator = SeededGenerator(state: 2)
        for _ in 0..<Self.trials {
            let a = randomValues(&generator) { Int64.random(in: -9_999_999...9_999_999, using: &$0) }  // DECIMAL(9,2)
            let b = randomValues(&generator) { Int64.random(in: -999_999...999_999, using: &$0) }  // DECIMAL(9,3)
            let selection = randomSelection(&generator)
            let rows = inPlay(selection)
            let left = try ColumnVector(type: .decimal(precision: 9, scale: 2),
                                        datums: a.map { $0.map { .decimal(Decimal128(unscaled: Int128($0), scale: 2)) } ?? .null })
            let right = try ColumnVector(type: .decimal(precision: 9, scale: 3),
                                         datums: b.map { $0.map { .decimal(Decimal128(unscaled: Int128($0), scale: 3)) } ?? .null })
            let sum = try ArithmeticKernel.apply(.add, left, right, selection: selection)
            let product = try ArithmeticKernel.apply(.multiply, left, right, selection: selection)
            #expect(sum.type == .decimal(precision: 11, scale: 3) && product.type == .decimal(precision: 19, scale: 5))
            for row in 0..<Self.rows {
                guard rows.contains(row), let x = a[row], let y = b[row] else {
                    #expect(sum.isNull(row) && product.isNull(row))
                    continue
                }
                #expect(sum.datum(at: row) == .decimal(Decimal128(unscaled: Int128(x * 10 + y), scale: 3)))
                #expect(product.datum(at: row) == .decimal(Decimal128(unscaled: Int128(x) * Int128(y), scale: 5)))
            }
        }
    }

    /// Decimal division across random scales agrees with floating-point division to within
    /// the result's last digit (plus double rounding), and never traps.
    @Test func decimalDivisionMatchesFloatingPoint() throws {
        var generator = SeededGenerator(state: 7)
        for _ in 0..<2000 {
            let (s1, s2) = (Int.random(in: 0...10, using: &generator), Int.random(in: 0...10, using: &generator))
            let a = Int128(Int64.random(in: -999_999_999_999_999...999_999_999_999_999, using: &generator))
            var b = Int128(Int64.random(in: -999_999_999...999_999_999, using: &generator))
            if b == 0 { b = 7 }
            let bound = try DecimalOperation(.divide, left: .decimal(precision: 15 + s1, scale: s1),
                                             right: .decimal(precision: 9 + s2, scale: s2))
            let quotient = try bound.apply(a, b)
            let expected = (Double(a) / pow10Double(s1)) / (Double(b) / pow10Double(s2))
            let actual = Double(quotient) / pow10Double(bound.resultScale)
            let tolerance = max(abs(expected) * 1e-12, 0.5 / pow10Double(bound.resultScale) * 1.000001)
            #expect(abs(actual - expected) <= tolerance, "\(a)e-\(s1) / \(b)e-\(s2)")
        }
    }

    @Test func comparisonsMatchScalarReference() throws {
        var generator = SeededGenerator(state: 3)
        for _ in 0..<Self.trials {
            let a = randomValues(&generator) { Int32.random(in: -20...20, using: &$0) }
            let b = randomValues(&generator) { Int64.random(in: -20...20, using: &$0) }
            let selection = randomSelection(&generator)
            let rows = inPlay(selection)
            let left = try ColumnVector(type: .integer, datums: a.map { $0.map(Datum.integer) ?? .null })
            let right = try ColumnVector(type: .bigint, datums: b.map { $0.map(Datum.bigint) ?? .null })
            let references: [(ComparisonOperation, (Int64, Int64) -> Bool)] = [
                (.equal, ==), (.notEqual, !=), (.less, <), (.lessOrEqual, <=), (.greater, >), (.greaterOrEqual, >=),
            ]
            for (operation, reference) in references {
                let result = try ComparisonKernel.compare(operation, left, right, selection: selection)
                let filtered = try ComparisonKernel.filter(operation, left, right, selection: selection)
                var expectedRows: [UInt32] = []
                for row in 0..<Self.rows {
                    var expected = Datum.null
                    if rows.contains(row), let x = a[row], let y = b[row] {
                        expected = .boolean(reference(Int64(x), y))
                        if reference(Int64(x), y) { expectedRows.append(UInt32(row)) }
                    }
                    #expect(result.datum(at: row) == expected)
                }
                #expect(filtered.indices == expectedRows)
            }
        }
    }

    @Test func stringComparisonsAndHashesMatchScalarReference() throws {
        var generator = SeededGenerator(state: 4)
        let alphabet: [Character] = ["a", "b", "é", " "]
        func randomText(_ g: inout SeededGenerator) -> String {
            String((0..<Int.random(in: 0...4, using: &g)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &g)] })
        }
        func trimmed(_ text: String) -> [UInt8] {
            var bytes = Array(text.utf8)
            while bytes.last == 0x20 { bytes.removeLast() }
            return bytes
        }
        for _ in 0..<Self.trials {
            let a = randomValues(&generator, randomText), b = randomValues(&generator, randomText)
            let left = try ColumnVector(type: .varchar(length: 20), datums: a.map { $0.map(Datum.string) ?? .null })
            let right = try ColumnVector(type: .varchar(length: 20), datums: b.map { $0.map(Datum.string) ?? .null })
            let less = try ComparisonKernel.compare(.less, left, right)
            let equal = try ComparisonKernel.compare(.equal, left, right)
            let leftHashes = try HashKernel.hash([left]), rightHashes = try HashKernel.hash([right])
            for row in 0..<Self.rows {
                guard let x = a[row], let y = b[row] else {
                    #expect(less.isNull(row) && equal.isNull(row))
                    continue
                }
                let (tx, ty) = (trimmed(x), trimmed(y))
                #expect(less.datum(at: row) == .boolean(tx.lexicographicallyPrecedes(ty)))
                #expect(equal.datum(at: row) == .boolean(tx == ty))
                if tx == ty { #expect(leftHashes[row] == rightHashes[row]) }
            }
        }
    }

    @Test func threeValuedLogicMatchesScalarReference() throws {
        var generator = SeededGenerator(state: 5)
        for _ in 0..<Self.trials {
            let a = randomValues(&generator) { Bool.random(using: &$0) }
            let b = randomValues(&generator) { Bool.random(using: &$0) }
            let left = try ColumnVector(type: .boolean, datums: a.map { $0.map(Datum.boolean) ?? .null })
            let right = try ColumnVector(type: .boolean, datums: b.map { $0.map(Datum.boolean) ?? .null })
            let and = try BooleanKernel.and(left, right), or = try BooleanKernel.or(left, right)
            for row in 0..<Self.rows {
                let x = a[row], y = b[row]
                let expectedAnd: Bool? = x == false || y == false ? false : (x == nil || y == nil ? nil : true)
                let expectedOr: Bool? = x == true || y == true ? true : (x == nil || y == nil ? nil : false)
                #expect(and.datum(at: row) == (expectedAnd.map(Datum.boolean) ?? .null))
                #expect(or.datum(at: row) == (expectedOr.map(Datum.boolean) ?? .null))
            }
        }
    }

    @Test func castRoundTripsThroughText() throws {
        var generator = SeededGenerator(state: 6)
        let values = randomValues(&generator) { Int64.random(in: Int64.min...Int64.max, using: &$0) }
        let column = try ColumnVector(type: .bigint, datums: values.map { $0.map(Datum.bigint) ?? .null })
        let text = try CastKernel.cast(column, to: .varchar(length: 30))
        #expect(text.datums == values.map { $0.map { .string(String($0)) } ?? .null })
        #expect(try CastKernel.cast(text, to: .bigint).datums == column.datums)
    }
}
