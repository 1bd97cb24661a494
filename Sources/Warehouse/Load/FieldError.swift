/// Why one field could not be loaded, as STL_LOAD_ERRORS records it (reference 6.10).
struct FieldError: Error {
    var code: Int32
    var reason: String
    /// Position of the error in the field, -1 when none applies.
    var position: Int32 = -1

    static let notNull = FieldError(code: 1213, reason: "Missing data for not-null field")

    /// `Invalid digit, Value 'c', Pos n, Type: Integer`: the first byte of `text` that is not
    /// part of a number of this kind.
    static func invalidDigit(_ text: ArraySlice<UInt8>, allowed: (UInt8) -> Bool, type: String) -> FieldError {
        let offset = text.firstIndex { !allowed($0) }.map { $0 - text.startIndex } ?? 0
        let value = offset < text.count ? String(decoding: [text[text.startIndex + offset]], as: UTF8.self) : ""
        return FieldError(code: 1207, reason: "Invalid digit, Value '\(value)', Pos \(offset), Type: \(type)",
                          position: Int32(offset))
    }

    static func overflow(_ text: ArraySlice<UInt8>, type: String) -> FieldError {
        FieldError(code: 1204, reason: "Overflow, Value '\(String(decoding: text.prefix(40), as: UTF8.self))', Pos 0, Type: \(type)",
                   position: 0)
    }
}

/// How STL_LOAD_ERRORS names a column's type (`type`, `col_length`).
enum LoadTypeNames {
    /// PostgreSQL's internal type name, except that CHAR is `char` here, not `bpchar`.
    static func type(_ type: DataType) -> String {
        if case .char = type { return "char" }
        return PGType.typeName(type)
    }

    static func length(_ type: DataType) -> String {
        switch type {
        case .char(let length), .varchar(let length): String(length)
        case .decimal(let precision, let scale): "\(precision), \(scale)"
        default: "0"
        }
    }

    /// The word Redshift's numeric error reasons use (`Type: Integer`).
    static func reasonName(_ type: DataType) -> String {
        switch type {
        case .smallint: "Short"
        case .integer: "Integer"
        case .bigint: "Long"
        case .decimal: "Decimal"
        case .real: "Float"
        default: "Double"
        }
    }
}
