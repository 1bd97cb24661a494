import Foundation

/// Opaque continuation tokens: the last key (or bucket name) returned, base64-encoded, so a
/// next page starts exactly after it even if objects were added or removed in between.
enum ContinuationToken {
    static func encode(_ key: String) -> String {
        Data(key.utf8).base64EncodedString()
    }

    static func decode(_ token: String) throws -> String {
        guard let data = Data(base64Encoded: token), let key = String(data: data, encoding: .utf8) else {
            throw S3Errors.invalidContinuationToken
        }
        return key
    }
}
