/// Two DECIMAL operands brought to one scale, so comparing them is comparing integers: the
/// side with fewer fractional digits is multiplied up (`24` as DECIMAL(10,0) against
/// DECIMAL(15,2) becomes 2400). A value of DECIMAL(p, s) is below 10^p, so the rescale is
/// exact whenever the widened precision stays within 38 digits; otherwise there is no
/// alignment and the caller compares across scales.
enum DecimalAlignment {
    static func aligned(_ left: ColumnVector, _ right: ColumnVector) -> (ColumnVector, ColumnVector)? {
        let leftScale = left.type.decimalScale, rightScale = right.type.decimalScale
        if leftScale < rightScale { return rescaled(left, to: rightScale).map { ($0, right) } }
        return rescaled(right, to: leftScale).map { (left, $0) }
    }

    private static func rescaled(_ vector: ColumnVector, to scale: Int) -> ColumnVector? {
        guard case .int128(let values) = vector.storage, case .decimal(let precision, let current) = vector.type,
              precision + scale - current <= DataType.maxDecimalPrecision,
              let factor = DecimalPowers.checked(scale - current) else { return nil }
        let multiplier = Int128(factor)
        let scaled = FixedWidthVector(values: values.values.map { $0 &* multiplier }, validity: values.validity)
        return ColumnVector(uncheckedType: .decimal(precision: precision + scale - current, scale: scale), storage: .int128(scaled))
    }
}
