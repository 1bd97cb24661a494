import Testing
@testable import Warehouse

/// Text forms and value conversions; the expected texts were checked against PostgreSQL 15 with
/// `extra_float_digits = 0` (PostgreSQL 8's and Redshift's float output) where the two agree.
@Suite struct TextConversionTests {
    @Test(arguments: [
        (0.1 + 0.2, "0.3"), (1e20, "1e+20"), (1.5e-5, "1.5e-05"), (123_456_789_012_345_680, "1.23456789012346e+17"),
        (Double.infinity, "Infinity"), (-Double.infinity, "-Infinity"), (Double.nan, "NaN"), (42, "42"),
    ] as [(Double, String)])
    func doublesPrintWith15Digits(value: Double, printed: String) {
        #expect(FloatText.format(value) == printed)
    }

    @Test func realsPrintWith6Digits() {
        #expect(FloatText.format(Float(3.14159274)) == "3.14159")
        #expect(FloatText.format(Float(100_000)) == "100000")
        #expect(FloatText.format(Float(1_000_000)) == "1e+06")
    }

    @Test func floatParsing() throws {
        #expect(try FloatText.parse(" -2.5e3 ", as: .doublePrecision) == -2500.0 as Double)
        #expect(try FloatText.parse("-Infinity", as: .doublePrecision) == -Double.infinity)
        #expect(try (FloatText.parse("nan", as: .real) as Float).isNaN)
        #expect(throws: SQLError(SQLState.numericValueOutOfRange, "\"1e39\" is out of range for type real")) {
            try FloatText.parse("1e39", as: .real) as Float
        }
        #expect(throws: TypeErrors.invalidInput(.real, "")) { try FloatText.parse("", as: .real) as Float }
    }

    @Test func integerParsingLimits() throws {
        #expect(try ScalarText.parseInteger("-9223372036854775808", as: .bigint) == Int64.min)
        #expect(try ScalarText.parseInteger("+0032767", as: .smallint) == Int16.max)
        #expect(throws: SQLError(SQLState.numericValueOutOfRange, "value \"9223372036854775808\" is out of range for type bigint")) {
            try ScalarText.parseInteger("9223372036854775808", as: .bigint) as Int64
        }
        #expect(throws: TypeErrors.invalidInput(.integer, "1 2")) { try ScalarText.parseInteger("1 2", as: .integer) as Int32 }
        #expect(throws: TypeErrors.invalidInput(.integer, "-")) { try ScalarText.parseInteger("-", as: .integer) as Int32 }
    }

    @Test(arguments: ["t", "TRUE", " yes ", "y", "1", "on"])
    func booleanTrueSpellings(text: String) throws { #expect(try ScalarText.parseBoolean(text)) }

    @Test(arguments: ["f", "False", "no", "N", "0", "off"])
    func booleanFalseSpellings(text: String) throws { #expect(try !ScalarText.parseBoolean(text)) }

    @Test func numericConversionRounding() throws {
        #expect(try NumericConversion.integer(unscaled: 5, scale: 1, as: .integer) == Int32(1))
        #expect(try NumericConversion.integer(unscaled: -5, scale: 1, as: .integer) == Int32(-1))
        #expect(try NumericConversion.integer(2.5 as Double, as: .integer) == Int32(2))
        #expect(try NumericConversion.integer(-2.5 as Double, as: .integer) == Int32(-2))
        #expect(try NumericConversion.decimal(0.1 as Float, precision: 10, scale: 9) == 100_000_000)
        #expect(try NumericConversion.decimal(unscaled: 12_345, fromScale: 3, precision: 4, scale: 2) == 1235)
        #expect(throws: TypeErrors.numericResultOverflow) {
            try NumericConversion.decimal(unscaled: 99_995, fromScale: 3, precision: 4, scale: 2)
        }
        #expect(NumericConversion.floating(unscaled: -125, scale: 2) == -1.25 as Double)
    }

    @Test func stringFittingCountsBytes() throws {
        let text = Array("aé€".utf8)  // 1 + 2 + 3 bytes
        #expect(try StringFitting.fit(text, to: .varchar(length: 6), explicit: false) == .init(keep: 6, padding: 0))
        #expect(try StringFitting.fit(text, to: .varchar(length: 5), explicit: true) == .init(keep: 3, padding: 0))
        #expect(try StringFitting.fit(text, to: .varchar(length: 2), explicit: true) == .init(keep: 1, padding: 0))
        #expect(try StringFitting.fit(Array("ab".utf8), to: .char(length: 5), explicit: false) == .init(keep: 2, padding: 3))
        #expect(try StringFitting.fit(Array("ab   ".utf8), to: .char(length: 3), explicit: false) == .init(keep: 3, padding: 0))
        #expect(throws: TypeErrors.valueTooLong(.varchar(length: 5))) {
            try StringFitting.fit(text, to: .varchar(length: 5), explicit: false)
        }
        #expect(StringFitting.trimmedLength(Array("a b  ".utf8)) == 3)
        #expect(StringFitting.trimmedLength(Array("   ".utf8)) == 0)
    }

    @Test func datumTextIsPsqlOutput() {
        #expect(Datum.boolean(true).text == "t" && Datum.null.text == "")
        #expect(Datum.decimal(Decimal128(unscaled: -5, scale: 3)).text == "-0.005")
        #expect(Datum.timestamptz(-1).text == "1999-12-31 23:59:59.999999+00")
        #expect(Datum.timestamp(-746_117 * Microseconds.perDay).text == "0044-03-15 00:00:00 BC")
        #expect(Datum.timestamptz(-746_117 * Microseconds.perDay).text == "0044-03-15 00:00:00+00 BC")
        #expect(Datum.timetz(0).text == "00:00:00+00")
    }
}
