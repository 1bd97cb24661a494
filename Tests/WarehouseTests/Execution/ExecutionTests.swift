import Testing
@testable import Warehouse

@Suite struct LikeMatcherTests {
    func matches(_ text: String, _ pattern: String) -> Bool {
        LikeMatcher(pattern: Array(pattern.utf8)).matches(Array(text.utf8))
    }

    @Test func wildcardsEscapesAndCharacters() {
        #expect(matches("abc", "a%"))
        #expect(matches("abc", "%c"))
        #expect(matches("abc", "a_c"))
        #expect(!matches("abc", "a_"))
        #expect(matches("", "%"))
        #expect(matches("100%", "100\\%"))
        #expect(!matches("1000", "100\\%"))
        #expect(matches("a_b", "a\\_b"))
        #expect(!matches("axb", "a\\_b"))
        #expect(matches("français", "fran_ais"))
        #expect(matches(String(repeating: "a", count: 60), "%a%a%a%a%a%a%a%b%") == false)
        #expect(matches("xaybz", "%a%b%"))
        #expect(!matches("ab", "a%%c"))
        #expect(matches("abc", "%%%"))
        let long = String(repeating: "ab", count: 40_000)
        #expect(matches(long + "c", "%abc"))
        #expect(!matches(long, "a%c%"))
    }

    /// Patterns without `_` match by literal segments; anchoring and overlap edge cases.
    @Test func segmentPatterns() {
        #expect(matches("", ""))
        #expect(!matches("a", ""))
        #expect(matches("abc", "abc"))
        #expect(!matches("abcd", "abc"))
        #expect(!matches("a", "a%a"))
        #expect(matches("aa", "a%a"))
        #expect(matches("aba", "a%a"))
        #expect(!matches("ab", "%ab%ab%"))
        #expect(matches("abab", "%ab%ab%"))
        #expect(matches("special packages requests", "%special%requests%"))
        #expect(!matches("requests special", "%special%requests%"))
        #expect(matches("xabcabc", "%abc"))
        #expect(!matches("abcab", "abc%abc"))
        #expect(matches("abcabc", "abc%abc"))
        #expect(matches("100%x", "100\\%%"))
    }
}

@Suite struct KeyHashTableTests {
    @Test func numbersDistinctKeysInOrderOfFirstAppearanceWithNullsTogether() throws {
        var table = KeyHashTable(types: [.integer, .varchar(length: 3)])
        let ints = ColumnVector(uncheckedType: .integer, storage: .int32(FixedWidthVector(values: [1, 2, 1, 0, 0],
            validity: ValidityMask([true, true, true, false, false]))))
        let strings = ColumnVector(uncheckedType: .varchar(length: 3), storage: .string(StringVector(["a", "b", "a ", "x", "x"])))
        let inserted = try table.insert([ints, strings], rowCount: 5)
        #expect(inserted.ids == [0, 1, 0, 2, 2])
        #expect(inserted.isNew == [true, true, false, true, false])
        let found = try table.lookup([ints, strings], rowCount: 5)
        #expect(found == [0, 1, 0, 2, 2])
        let keys = try table.keyColumns()
        #expect(keys[0].datums == [.integer(1), .integer(2), .null])
        #expect(keys[1].datums == [.string("a"), .string("b"), .string("x")])
    }

    @Test func packedFixedWidthKeysMatchAsSQLEqualityDoes() throws {
        let type = DataType.decimal(precision: 30, scale: 2)
        var table = KeyHashTable(types: [.doublePrecision, type])
        let floats = ColumnVector(uncheckedType: .doublePrecision, storage: .float64(FixedWidthVector(
            values: [0.0, -0.0, .nan, -.nan, 1.5, 7, 7], validity: ValidityMask([true, true, true, true, true, false, false]))))
        let wide = Int128(1) << 70
        let decimals = ColumnVector(uncheckedType: type, storage: .int128(FixedWidthVector(
            values: [1, 1, wide, wide, wide + 1, 5, 0], validity: ValidityMask([true, true, true, true, true, true, false]))))
        let inserted = try table.insert([floats, decimals], rowCount: 7)
        #expect(inserted.ids == [0, 0, 1, 1, 2, 3, 4])
        let probeFloats = ColumnVector(uncheckedType: .doublePrecision, storage: .float64(FixedWidthVector(values: [-0.0, 1.5, 1.5])))
        let probeDecimals = ColumnVector(uncheckedType: type, storage: .int128(FixedWidthVector(values: [1, wide + 1, wide])))
        #expect(try table.lookup([probeFloats, probeDecimals], rowCount: 3) == [0, 2, nil])
        let keys = try table.keyColumns()
        #expect(keys[1].datums.count == 5)
        #expect(keys[0].isNull(3) && keys[1].isNull(4) && !keys[1].isNull(3))
    }

    @Test func shortStringKeysPackUntilALongerOneSwitchesToColumnComparison() throws {
        let type = DataType.varchar(length: 20)
        func strings(_ values: [String?]) -> ColumnVector {
            ColumnVector(uncheckedType: type, storage: .string(StringVector(values)))
        }
        var table = KeyHashTable(types: [type])
        // Trailing blanks do not count; an embedded NUL, the empty string and NULL all differ.
        let first = try table.insert([strings(["R", "R  ", "a\u{0}", "a", "", nil, "1234567", nil])], rowCount: 8)
        #expect(first.ids == [0, 0, 1, 2, 3, 4, 5, 4])
        #expect(try table.lookup([strings(["a", "much longer than seven", "1234567 "])], rowCount: 3) == [2, nil, 5])
        let second = try table.insert([strings(["much longer than seven", "a", "R", "much longer than seven"])], rowCount: 4)
        #expect(second.ids == [6, 2, 0, 6])
        #expect(try table.lookup([strings(["much longer than seven", "", nil])], rowCount: 3) == [6, 3, 4])
        #expect(try table.keyColumns()[0].datums.count == 7)
    }
}

@Suite struct ExpressionEvaluatorTests {
    let evaluator = ExpressionEvaluator(context: ExecutionContext(catalog: Catalog()))

    func column(_ values: [Int32]) -> ColumnVector {
        ColumnVector(uncheckedType: .integer, storage: .int32(FixedWidthVector(values: values)))
    }

    @Test func caseEvaluatesEachBranchOnlyForItsRows() throws {
        let batch = try Batch(columns: [column([0, 2, 4])], count: 3)
        let x = BoundExpression.column(0, .integer)
        let isZero = BoundExpression.comparison(.equal, x, .constant(.integer(0), .integer))
        let divide = BoundExpression.arithmetic(.divide, .constant(.integer(8), .integer), x, .integer)
        let expression = BoundExpression.caseWhen([(condition: isZero, result: .constant(.integer(-1), .integer))],
                                                  otherwise: divide, .integer)
        #expect(try evaluator.evaluate(expression, batch).datums == [.integer(-1), .integer(4), .integer(2)])
    }

    @Test func coalesceTakesTheFirstNonNull() throws {
        let nullable = ColumnVector(uncheckedType: .integer, storage: .int32(FixedWidthVector(values: [5, 0, 0],
            validity: ValidityMask([true, false, false]))))
        let batch = try Batch(columns: [nullable, column([7, 8, 9])], count: 3)
        let expression = BoundExpression.coalesce([.column(0, .integer), .constant(.null, .integer), .column(1, .integer)], .integer)
        #expect(try evaluator.evaluate(expression, batch).datums == [.integer(5), .integer(8), .integer(9)])
    }

    @Test func concatenationAndLikeOverVectors() throws {
        let words = ColumnVector(uncheckedType: .varchar(length: 5), storage: .string(StringVector(["ab", nil, "Cd"])))
        let batch = try Batch(columns: [words], count: 3)
        let text = BoundExpression.column(0, .varchar(length: 5))
        let suffix = BoundExpression.constant(.string("!"), .varchar(length: 1))
        #expect(try evaluator.evaluate(.concatenate(text, suffix), batch).datums == [.string("ab!"), .null, .string("Cd!")])
        let pattern = BoundExpression.constant(.string("c%"), .varchar(length: 2))
        #expect(try evaluator.evaluate(.like(text, pattern: pattern, caseInsensitive: true, negated: false), batch).datums
            == [.boolean(false), .null, .boolean(true)])
    }
}
