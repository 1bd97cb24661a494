import Foundation
@testable import LabCLI

/// A workspace in a fresh temporary directory, removed with the value.
final class TestWorkspace {
    let url: URL
    let session: LabSession

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("labcli-\(UUID().uuidString)")
        // A new temporary directory always opens; a failure here is a broken machine, not a test result.
        session = try! LabSession.open(GlobalOptions.parse(["--workspace", url.path]), environment: [:])
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
