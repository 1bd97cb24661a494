import Testing
@testable import Warehouse

/// Every ordered pair of types: a cast exists exactly when `castKind` says so, a representative
/// value converts without error, and every type survives a round trip through text.
@Suite struct CastMatrixTests {
    static let types: [DataType] = [
        .smallint, .integer, .bigint, .decimal(precision: 10, scale: 2), .real, .doublePrecision, .boolean,
        .char(length: 30), .varchar(length: 30), .date, .time, .timetz, .timestamp, .timestamptz,
    ]

    /// A value of `type` that converts to every type it has a cast to.
    static func sample(of type: DataType, for target: DataType) -> Datum {
        switch type {
        case .smallint: .smallint(1)
        case .integer: .integer(1)
        case .bigint: .bigint(1)
        case .decimal: .decimal(Decimal128(unscaled: 100, scale: 2))
        case .real: .real(1)
        case .doublePrecision: .double(1)
        case .boolean: .boolean(true)
        case .date: .date(2926)
        case .time: .time(36_000_000_000)
        case .timetz: .timetz(36_000_000_000)
        case .timestamp: .timestamp(2926 * Microseconds.perDay + 36_000_000_000)
        case .timestamptz: .timestamptz(2926 * Microseconds.perDay + 36_000_000_000)
        case .char, .varchar:
            switch target {
            case .boolean: .string("true")
            case .date, .timestamp, .timestamptz: .string("2008-01-05 10:00:00")
            case .time, .timetz: .string("10:00:00")
            default: .string("1")
            }
        }
    }

    @Test(arguments: types)
    func castsExistExactlyWhereDeclared(source: DataType) throws {
        for target in Self.types {
            let value = Self.sample(of: source, for: target)
            if source.castKind(to: target) == nil {
                #expect(throws: TypeErrors.cannotCast(source, target)) { try value.cast(from: source, to: target) }
            } else {
                let result = try value.cast(from: source, to: target)
                #expect(!result.isNull, "\(source) → \(target)")
            }
        }
    }

    @Test(arguments: types)
    func valuesRoundTripThroughText(type: DataType) throws {
        let stored = try ColumnVector(type: type, datums: [Self.sample(of: type, for: type)]).datum(at: 0)
        let text = try stored.cast(from: type, to: .varchar(length: 100))
        #expect(try text.cast(from: .varchar(length: 100), to: type) == stored)
    }

    /// Text becomes another type only when asked to; identity is always implicit.
    @Test func textConvertsToOtherTypesOnlyExplicitly() {
        for source in Self.types {
            #expect(source.castKind(to: source) == .implicit)
            for target in Self.types where source.isString && !target.isString {
                #expect(source.castKind(to: target) == .explicit, "\(source) → \(target)")
            }
        }
    }
}
