/// The reason phrases the CLI shows for errors that carry no body (HEAD requests).
enum HTTPStatus {
    static func reason(_ status: Int) -> String {
        switch status {
        case 301: return "Moved Permanently"
        case 400: return "Bad Request"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 409: return "Conflict"
        default: return "Internal Server Error"
        }
    }
}
