/// The authorization a COPY or UNLOAD names, in exactly one of Redshift's forms (reference 6.4).
public enum LoadCredentials: Sendable, Equatable {
    /// `IAM_ROLE 'arn'`, or `CREDENTIALS 'aws_iam_role=arn'`; `nil` for `IAM_ROLE default`.
    case role(arn: String?)
    /// `ACCESS_KEY_ID ... SECRET_ACCESS_KEY ... [SESSION_TOKEN ...]` or the credentials string.
    case keys(accessKeyID: String, secretAccessKey: String, sessionToken: String?)

    static let invalidFormat = SQLError(SQLState.internalError,
        "Invalid credentials. Must be of the format: credentials 'aws_access_key_id=<access-key-id>;"
        + "aws_secret_access_key=<secret-access-key>[;token=<temporary-session-token>]'")

    /// Reads the one authorization among `options`: none, or two forms together, is an error.
    static func from(_ options: LoadOptionReader) throws(SQLError) -> LoadCredentials {
        let role = options.value("IAM_ROLE")
        let credentials = try options.string("CREDENTIALS")
        let keyID = try options.string("ACCESS_KEY_ID"), secret = try options.string("SECRET_ACCESS_KEY")
        let token = try options.string("SESSION_TOKEN")
        let hasKeys = keyID != nil || secret != nil || token != nil
        if role != nil, credentials != nil || hasKeys {
            throw SQLError(SQLState.invalidParameterValue,
                           "IAM_ROLE cannot be used with CREDENTIALS, ACCESS_KEY_ID, SECRET_ACCESS_KEY or SESSION_TOKEN")
        }
        if credentials != nil, hasKeys {
            throw SQLError(SQLState.invalidParameterValue,
                           "CREDENTIALS cannot be used with ACCESS_KEY_ID, SECRET_ACCESS_KEY or SESSION_TOKEN")
        }
        if let role {
            if case .word("default") = role { return .role(arn: nil) }
            guard case .string(let arn) = role else { throw invalidFormat }
            return .role(arn: arn)
        }
        if let credentials { return try parse(credentials) }
        if hasKeys {
            guard let keyID, let secret, !keyID.isEmpty, !secret.isEmpty else { throw invalidFormat }
            return .keys(accessKeyID: keyID, secretAccessKey: secret, sessionToken: token)
        }
        throw SQLError(SQLState.invalidParameterValue,
                       "Missing authorization: give one of IAM_ROLE, CREDENTIALS or ACCESS_KEY_ID and SECRET_ACCESS_KEY")
    }

    /// A credentials string: `aws_iam_role=arn` or `aws_access_key_id=..;aws_secret_access_key=..[;token=..]`
    /// (case-sensitive, no spaces).
    static func parse(_ text: String) throws(SQLError) -> LoadCredentials {
        var pairs: [String: String] = [:]
        for part in text.split(separator: ";", omittingEmptySubsequences: false) {
            guard let equals = part.firstIndex(of: "="), !part.contains(" ") else { throw invalidFormat }
            let name = String(part[..<equals])
            guard pairs[name] == nil else { throw invalidFormat }
            pairs[name] = String(part[part.index(after: equals)...])
        }
        if let arn = pairs["aws_iam_role"] {
            guard pairs.count == 1, !arn.isEmpty else { throw invalidFormat }
            return .role(arn: arn)
        }
        guard let keyID = pairs["aws_access_key_id"], let secret = pairs["aws_secret_access_key"], !keyID.isEmpty,
              !secret.isEmpty, Set(pairs.keys).isSubset(of: ["aws_access_key_id", "aws_secret_access_key", "token"]) else {
            throw invalidFormat
        }
        return .keys(accessKeyID: keyID, secretAccessKey: secret, sessionToken: pairs["token"])
    }
}
