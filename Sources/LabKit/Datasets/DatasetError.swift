import Foundation

/// Why `lab datasets generate` could not do its job, in words for the person who ran it.
public enum DatasetError: Error, Equatable, CustomStringConvertible {
    case invalidScale(String)
    case notADirectory(String)
    case notEmpty(String)
    case cannotWrite(String, reason: String)

    public var description: String {
        switch self {
        case .invalidScale(let text):
            return "invalid scale '\(text)': give a number from \(DatasetScale.minimum) to \(DatasetScale.maximumText) "
                + "(1 = 100,000 sales rows, 100 = 10 million)"
        case .notADirectory(let path):
            return "cannot write the datasets to \(path): it is not a directory"
        case .notEmpty(let path):
            return "\(path) is not empty; choose an empty or new folder, or pass --force to replace the generated "
                + "folders in it (sales, customers, products, events, geography and manifest.json)"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason)"
        }
    }

    /// The operating system's reason behind a Foundation file error, without Foundation's wrapping.
    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if nsError.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(nsError.code)) {
            return String(cString: strerror(code.rawValue))
        }
        return nsError.localizedDescription
    }
}
