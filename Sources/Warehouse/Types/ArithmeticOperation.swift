/// The binary arithmetic operators whose result types Redshift defines.
public enum ArithmeticOperation: Sendable, CaseIterable {
    case add, subtract, multiply, divide, modulo

    public var symbol: String {
        switch self {
        case .add: "+"
        case .subtract: "-"
        case .multiply: "*"
        case .divide: "/"
        case .modulo: "%"
        }
    }
}
