/// The SQLSTATEs the function library raises beyond the engine's common set, named as
/// PostgreSQL's errcodes.txt names them.
extension SQLState {
    public static let invalidArgumentForLogarithm = "2201E"
    public static let invalidArgumentForPowerFunction = "2201F"
    public static let substringError = "22011"
    public static let programLimitExceeded = "54000"
    public static let invalidRegularExpression = "2201B"
    public static let invalidEscapeSequence = "22025"
}
