/// The errors of the math functions, in PostgreSQL's words (which Redshift reports unchanged).
enum NumericErrors {
    static let negativeSquareRoot = SQLError(SQLState.invalidArgumentForPowerFunction,
                                             "cannot take square root of a negative number")
    static let logarithmOfZero = SQLError(SQLState.invalidArgumentForLogarithm, "cannot take logarithm of zero")
    static let logarithmOfNegative = SQLError(SQLState.invalidArgumentForLogarithm,
                                              "cannot take logarithm of a negative number")
    static let zeroToNegativePower = SQLError(SQLState.invalidArgumentForPowerFunction,
                                              "zero raised to a negative power is undefined")
    static let complexPower = SQLError(SQLState.invalidArgumentForPowerFunction,
                                       "a negative number raised to a non-integer power yields a complex result")
    static let overflow = SQLError(SQLState.numericValueOutOfRange, "value out of range: overflow")
    static let underflow = SQLError(SQLState.numericValueOutOfRange, "value out of range: underflow")
    static let inputOutOfRange = SQLError(SQLState.numericValueOutOfRange, "input is out of range")

    /// A finite computation whose result is infinite overflowed; one that became zero from a
    /// non-zero value underflowed (PostgreSQL's CHECKFLOATVAL).
    static func checked(_ result: Double, from input: Double, zeroAllowed: Bool) throws(SQLError) -> Double {
        if result.isInfinite && input.isFinite { throw overflow }
        if result == 0 && !zeroAllowed { throw underflow }
        return result
    }
}
