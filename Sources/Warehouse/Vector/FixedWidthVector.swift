/// A column of fixed-width values in one contiguous buffer plus a validity mask. The slot of a
/// NULL row holds an unspecified value that kernels never read as data.
public struct FixedWidthVector<Element: BitwiseCopyable & Sendable>: Sendable {
    public var values: [Element]
    public var validity: ValidityMask

    public init(values: [Element], validity: ValidityMask? = nil) {
        self.values = values
        self.validity = validity ?? ValidityMask(allValid: values.count)
    }

    public var count: Int { values.count }

    /// The value of `row`, nil when NULL.
    @inlinable
    public subscript(row: Int) -> Element? {
        validity.isValid(row) ? values[row] : nil
    }

    public mutating func append(contentsOf other: FixedWidthVector<Element>) {
        values.append(contentsOf: other.values)
        validity.append(other.validity)
    }

    /// The rows `selection` names, in its order.
    public func gathered(_ selection: SelectionVector) -> FixedWidthVector<Element> {
        let count = selection.count
        let gathered = values.withUnsafeBufferPointer { source in
            selection.indices.withUnsafeBufferPointer { indices in
                [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
                    for position in 0..<count { buffer[position] = source[Int(indices[position])] }
                    initialized = count
                }
            }
        }
        return FixedWidthVector(values: gathered, validity: validity.gathered(selection))
    }

    public func sliced(_ range: Range<Int>) -> FixedWidthVector<Element> {
        FixedWidthVector(values: Array(values[range]), validity: validity.sliced(range))
    }

    /// `count` copies of `value`: a constant broadcast to a batch's length.
    public init(repeating value: Element, count: Int, valid: Bool = true) {
        values = [Element](repeating: value, count: count)
        validity = ValidityMask(allValid: count)
        if !valid { validity = ValidityMask([Bool](repeating: false, count: count)) }
    }
}
