/// MD5, SHA1/FUNC_SHA1 and SHA2(s, bits) (bits 0 = 256, 224, 256, 384, 512) as lower-case
/// hexadecimal text.
enum HashFunctions {
    typealias Texts = StringVector
    typealias Int32s = FixedWidthVector<Int32>

    static let all: [ScalarFunction] = [
        StringFunctions.unaryText("md5", returns: { _ in .varchar(length: 32) }, Texts.self) { Digests.hex(Digests.md5($0)) },
        StringFunctions.unaryText("sha1", returns: { _ in .varchar(length: 40) }, Texts.self) { Digests.hex(Digests.sha1($0)) },
        StringFunctions.unaryText("func_sha1", returns: { _ in .varchar(length: 40) }, Texts.self) {
            Digests.hex(Digests.sha1($0))
        },
        ScalarFunction(name: "sha2") { types throws(SQLError) in
            guard let accepted = ParameterTypes.all(types, [ParameterTypes.text, ParameterTypes.integer]) else { return nil }
            return .binary(accepted[0], Texts.self, .integer, Int32s.self, returns: .varchar(length: 128), Texts.self) {
                value, bits throws(SQLError) in
                switch bits {
                case 0, 256: return Digests.hex(Digests.sha256(value))
                case 224: return Digests.hex(Digests.sha256(value, truncated: true))
                case 384: return Digests.hex(Digests.sha512(value, truncated: true))
                case 512: return Digests.hex(Digests.sha512(value))
                default:
                    throw SQLError(SQLState.invalidParameterValue,
                                   "invalid bit length \(bits) for SHA2; expected 0, 224, 256, 384 or 512")
                }
            }
        },
    ]
}
