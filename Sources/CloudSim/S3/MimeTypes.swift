import Foundation

/// The content type the CLI guesses from a file name (Python's `mimetypes`), for common data files.
enum MimeTypes {
    static func guess(_ name: String) -> AWSValue? {
        let types = ["csv": "text/csv", "txt": "text/plain", "json": "application/json", "html": "text/html",
                     "xml": "text/xml", "zip": "application/zip"]
        let ext = (name as NSString).pathExtension.lowercased()
        return types[ext].map(AWSValue.string)
    }
}
