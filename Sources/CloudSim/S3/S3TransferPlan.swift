import Foundation

/// The files and objects one `aws s3 cp` or `sync` moves, with the labels the CLI prints:
/// local paths relative to the working directory (`./f.csv`, `up/a.txt`), S3 as `s3://b/k`.
struct S3TransferPlan {
    enum Location {
        case local(URL)
        case s3(S3Address)
    }

    struct Transfer {
        let source: Location
        let destination: Location
        let sourceLabel: String
        let destinationLabel: String
        /// The path below the source directory or prefix, which `--exclude`/`--include` match.
        let relative: String
        let sourceSize: Int
        let sourceDate: Date?
        /// Why the CLI skips this transfer with a warning (an archived object, a key that would
        /// leave the destination directory); such a transfer exits with status 2.
        let warning: String?
        /// Size and time of what is already at the destination, for sync.
        let existing: (size: Int, date: Date?)?

        var verb: String {
            switch (source, destination) {
            case (.local, _): return "upload"
            case (_, .local): return "download"
            default: return "copy"
            }
        }

        var operation: String {
            switch verb {
            case "upload": return "PutObject"
            case "download": return "GetObject"
            default: return "CopyObject"
            }
        }
    }

    typealias Call = (String, AWSValue) throws(ServiceError) -> AWSValue

    let transfers: [Transfer]
    /// What a recursive destination holds that the source does not: `sync --delete` removes it.
    let extraneous: [(location: Location, label: String)]

    /// Sync copies what is missing or of a different size; otherwise, as awscli's
    /// `SizeAndLastModifiedSync`, an upload or copy when the source is newer, a download when
    /// the local file is newer than the object (a download sets the file's time to the object's).
    /// Times compare in whole seconds, as S3 keeps them.
    func needsSync(_ transfer: Transfer) -> Bool {
        guard let existing = transfer.existing else { return true }
        if existing.size != transfer.sourceSize { return true }
        guard let sourceDate = transfer.sourceDate, let existingDate = existing.date else { return false }
        let delta = existingDate.timeIntervalSince1970.rounded(.down) - sourceDate.timeIntervalSince1970.rounded(.down)
        return transfer.verb == "download" ? delta > 0 : delta < 0
    }

    /// The transfers from `source` to `destination` that `filter` lets through.
    static func make(source: String, destination: String, recursive: Bool, filter: S3PathFilter,
                     context: CommandContext, call: Call) throws(CLIFailure) -> S3TransferPlan {
        let labels = Labels(workingDirectory: context.cli.workingDirectory)
        let clock = context.localClock
        switch (S3Address(source), S3Address(destination)) {
        case (nil, nil):
            throw .parameter("Error: Invalid argument type")
        case (nil, let target?):
            let file = context.files.url(source)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory) else {
                throw .parameter("The user-provided path \(source) does not exist.")
            }
            let existing = try existingObjects(target, call: call, needed: recursive)
            let files = (recursive ? localFiles(under: file) : [(file, file.lastPathComponent)]).filter { filter.includes($0.1) }
            let prefix = recursive ? directoryPrefix(target.key) : target.key
            let planned = Set(files.map { prefix + $0.1 })
            let extraneous = existing.keys.sorted().filter { key in
                !planned.contains(key) && filter.includes(String(key.utf8.dropFirst(prefix.utf8.count))!)
            }.map { key -> (location: Location, label: String) in
                let address = S3Address(bucket: target.bucket, key: key)
                return (.s3(address), address.description)
            }
            return S3TransferPlan(transfers: files.map { file, relative in
                let key = recursive ? prefix + relative : (target.key.isEmpty || target.key.hasSuffix("/") ? target.key + relative : target.key)
                let address = S3Address(bucket: target.bucket, key: key)
                let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
                return Transfer(source: .local(file), destination: .s3(address), sourceLabel: labels.local(file),
                                destinationLabel: address.description, relative: relative,
                                sourceSize: (attributes?[.size] as? Int) ?? 0,
                                sourceDate: (attributes?[.modificationDate] as? Date).map(clock.worldTime),
                                warning: nil,
                                existing: existing[key])
            }, extraneous: extraneous)
        case (let origin?, let target):
            let objects = try sourceObjects(origin, recursive: recursive, call: call).compactMap { object -> (SourceObject, String)? in
                let relative = recursive ? String(object.key.utf8.dropFirst(directoryPrefix(origin.key).utf8.count))!
                    : String(object.key.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
                return filter.includes(relative) ? (object, relative) : nil
            }
            var existing: [String: (size: Int, date: Date?)] = [:]
            if let target { existing = try existingObjects(target, call: call, needed: recursive) }
            let directory = target == nil ? context.files.url(destination) : nil
            let planned = Set(objects.map(\.1))
            var extraneous: [(location: Location, label: String)] = []
            if recursive, let target {
                let prefix = directoryPrefix(target.key)
                extraneous = existing.keys.sorted().compactMap { key in
                    let relative = String(key.utf8.dropFirst(prefix.utf8.count))!
                    guard !planned.contains(relative), filter.includes(relative) else { return nil }
                    let address = S3Address(bucket: target.bucket, key: key)
                    return (.s3(address), address.description)
                }
            } else if recursive, let directory {
                extraneous = localFiles(under: directory).filter { !planned.contains($0.1) && filter.includes($0.1) }
                    .map { (.local($0.0), labels.local($0.0)) }
            }
            return S3TransferPlan(transfers: objects.map { object, relative in
                let sourceAddress = S3Address(bucket: origin.bucket, key: object.key)
                let destinationLocation: Location
                let label: String
                var present: (size: Int, date: Date?)?
                var warning: String?
                if let target {
                    let key = recursive ? directoryPrefix(target.key) + relative
                        : (target.key.isEmpty || target.key.hasSuffix("/") ? target.key + relative : target.key)
                    let address = S3Address(bucket: target.bucket, key: key)
                    destinationLocation = .s3(address)
                    label = address.description
                    present = existing[key]
                } else {
                    var isDirectory: ObjCBool = false
                    let exists = FileManager.default.fileExists(atPath: directory!.path, isDirectory: &isDirectory)
                    let intoDirectory = recursive || destination.hasSuffix("/") || (exists && isDirectory.boolValue)
                    let file = intoDirectory ? directory!.appendingPathComponent(relative) : directory!
                    destinationLocation = .local(file)
                    label = labels.local(file)
                    if intoDirectory, escapesDirectory(relative) {
                        warning = "warning: Skipping file \(relative). File references a parent directory."
                    }
                    if let attributes = try? FileManager.default.attributesOfItem(atPath: file.path) {
                        present = ((attributes[.size] as? Int) ?? 0, (attributes[.modificationDate] as? Date).map(clock.worldTime))
                    }
                }
                return Transfer(source: .s3(sourceAddress), destination: destinationLocation,
                                sourceLabel: sourceAddress.description, destinationLabel: label, relative: relative,
                                sourceSize: object.size,
                                sourceDate: object.date,
                                warning: warning ?? archivedWarning(sourceAddress, object, download: target == nil),
                                existing: present)
            }, extraneous: extraneous)
        }
    }

    /// Whether a relative path climbs out of its directory once `.` and `..` are resolved, as the
    /// CLI's `_warn_parent_reference` checks; such keys are never written to disk.
    static func escapesDirectory(_ relative: String) -> Bool {
        var depth = 0
        for component in relative.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": depth -= 1
            default: depth += 1
            }
            if depth < 0 { return true }
        }
        return false
    }

    /// The CLI's warning for an archived object, which it neither downloads nor copies unless a
    /// HeadObject shows a completed restore (listings carry no restore status, as with the CLI).
    private static func archivedWarning(_ source: S3Address, _ object: SourceObject, download: Bool) -> String? {
        guard StorageClass(rawValue: object.storageClass)?.isArchived == true, !object.isRestored else { return nil }
        let operation = download ? "download" : "copy"
        return "warning: Skipping file \(source.description). Object is of storage class GLACIER. Unable to perform "
            + "\(operation) operations on GLACIER objects. You must restore the object to be able to perform the operation. "
            + "See aws s3 \(operation) help for additional parameter options to ignore or force these transfers."
    }

    /// A prefix used as a directory: empty, or ending in `/`.
    static func directoryPrefix(_ key: String) -> String {
        key.isEmpty || key.hasSuffix("/") ? key : key + "/"
    }

    private struct SourceObject {
        let key: String
        let size: Int
        let date: Date?
        let storageClass: String
        var isRestored = false
    }

    private static func sourceObjects(_ origin: S3Address, recursive: Bool, call: Call) throws(CLIFailure) -> [SourceObject] {
        if !recursive {
            do {
                let head = try call("HeadObject", .object(["Bucket": .string(origin.bucket), "Key": .string(origin.key)]))
                return [SourceObject(key: origin.key, size: head["ContentLength"]?.integerValue ?? 0,
                                     date: nil, storageClass: head["StorageClass"]?.stringValue ?? "STANDARD",
                                     isRestored: head["Restore"]?.stringValue?.contains("ongoing-request=\"false\"") == true)]
            } catch {
                throw CLIFailure(stderr: "fatal error: An error occurred (404) when calling the HeadObject operation: "
                    + "Key \"\(origin.key)\" does not exist\n", exitCode: 1)
            }
        }
        return try listing(S3Address(bucket: origin.bucket, key: directoryPrefix(origin.key)), call: call)
    }

    private static func existingObjects(_ target: S3Address, call: Call,
                                        needed: Bool) throws(CLIFailure) -> [String: (size: Int, date: Date?)] {
        guard needed else { return [:] }
        var found: [String: (size: Int, date: Date?)] = [:]
        for object in try listing(S3Address(bucket: target.bucket, key: directoryPrefix(target.key)), call: call) {
            found[object.key] = (object.size, object.date)
        }
        return found
    }

    private static func listing(_ address: S3Address, call: Call) throws(CLIFailure) -> [SourceObject] {
        var objects: [SourceObject] = []
        var token: AWSValue?
        repeat {
            let page: AWSValue
            do {
                page = try call("ListObjectsV2", .object(["Bucket": .string(address.bucket), "Prefix": .string(address.key),
                                                          "ContinuationToken": token]))
            } catch {
                throw CLIFailure(stderr: "fatal error: " + CLIFailure.serviceMessage(error, operation: "ListObjectsV2") + "\n",
                                 exitCode: 1)
            }
            for item in page["Contents"]?.listValue ?? [] {
                objects.append(SourceObject(key: item["Key"]?.stringValue ?? "", size: item["Size"]?.integerValue ?? 0,
                                            date: Timestamps.parse(item["LastModified"]?.stringValue ?? ""),
                                            storageClass: item["StorageClass"]?.stringValue ?? "STANDARD"))
            }
            token = page["NextContinuationToken"]
        } while token != nil
        return objects
    }

    /// Regular files under `directory`, with their paths relative to it, in path order.
    private static func localFiles(under directory: URL) -> [(URL, String)] {
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        let base = directory.standardizedFileURL.resolvingSymlinksInPath().path
        var files: [(URL, String)] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let full = url.standardizedFileURL.resolvingSymlinksInPath().path
            files.append((url, String(full.dropFirst(base.count + 1))))
        }
        return files.sorted { $0.1 < $1.1 }
    }

    /// The CLI's `relative_path`: the file's directory relative to the working directory, then its name.
    struct Labels {
        let workingDirectory: URL

        func local(_ file: URL) -> String {
            let directory = file.deletingLastPathComponent().standardizedFileURL.path.split(separator: "/")
            let start = workingDirectory.standardizedFileURL.path.split(separator: "/")
            var common = 0
            while common < min(directory.count, start.count), directory[common] == start[common] { common += 1 }
            let up = Array(repeating: "..", count: start.count - common)
            let relative = (up + directory[common...].map(String.init)).joined(separator: "/")
            return (relative.isEmpty ? "." : relative) + "/" + file.lastPathComponent
        }
    }
}
