import Foundation

/// What the `aws s3` commands do, one method per command, calling the s3api operations.
struct S3Transfer {
    let context: CommandContext
    let arguments: S3CommandArguments

    init(context: CommandContext, arguments: S3CommandArguments) {
        self.context = context
        self.arguments = arguments
    }

    private func call(_ operation: String, _ input: AWSValue) throws(ServiceError) -> AWSValue {
        try callResult(operation, input).value
    }

    private func callResult(_ operation: String, _ input: AWSValue) throws(ServiceError) -> OperationResult {
        try context.invoke(S3API.service.operations.first { $0.name == operation }!, input: input)
    }

    private func bucketAddress(_ text: String) throws(CLIFailure) -> S3Address {
        guard let address = S3Address(text) else {
            throw .parameter("<S3Uri>: \(text) does not start with s3://")
        }
        return address
    }

    // MARK: mb, rb

    func makeBucket() throws(CLIFailure) -> CLIResult {
        let address = try bucketAddress(arguments.paths[0])
        var input: [AWSValue.Member] = [.init("Bucket", .string(address.bucket))]
        if context.region != Account.defaultRegion {
            input.append(.init("CreateBucketConfiguration", .object(["LocationConstraint": .string(context.region)])))
        }
        do {
            _ = try call("CreateBucket", .object(input))
            return CLIResult(stdout: "make_bucket: \(address.bucket)\n")
        } catch {
            return CLIResult(stderr: "make_bucket failed: s3://\(address.bucket) "
                + CLIFailure.serviceMessage(error, operation: "CreateBucket") + "\n", exitCode: 1)
        }
    }

    func removeBucket() throws(CLIFailure) -> CLIResult {
        let address = try bucketAddress(arguments.paths[0])
        var result = CLIResult()
        if arguments.flags.contains("--force") {
            result = try removeObjects(S3Address(bucket: address.bucket, key: ""), recursive: true)
            if result.exitCode != 0 { return result }
        }
        do {
            _ = try call("DeleteBucket", .object(["Bucket": .string(address.bucket)]))
            result.stdout += "remove_bucket: \(address.bucket)\n"
        } catch {
            result.stderr += "remove_bucket failed: s3://\(address.bucket) "
                + CLIFailure.serviceMessage(error, operation: "DeleteBucket") + "\n"
            result.exitCode = 1
        }
        return result
    }

    // MARK: ls

    func list() throws(CLIFailure) -> CLIResult {
        guard let path = arguments.paths.first, path != "s3://" else { return try listBuckets() }
        let address = S3Address(path) ?? S3Address(bucket: path, key: "")
        let objects: AWSValue
        do {
            objects = try allObjects(address.bucket, prefix: address.key, delimiter: arguments.recursive ? nil : "/")
        } catch {
            throw .service(error, operation: "ListObjectsV2")
        }
        var out = ""
        for prefix in objects["CommonPrefixes"]?.listValue ?? [] {
            let components = (prefix["Prefix"]?.stringValue ?? "").split(separator: "/", omittingEmptySubsequences: false)
            out += String(repeating: " ", count: 27) + "PRE " + components[components.count - 2] + "/\n"
        }
        var count = 0, total = 0
        for object in objects["Contents"]?.listValue ?? [] {
            let key = object["Key"]?.stringValue ?? ""
            let size = object["Size"]?.integerValue ?? 0
            count += 1
            total += size
            let date = Timestamps.parse(object["LastModified"]?.stringValue ?? "").map(WorldTime.listing) ?? ""
            let name = arguments.recursive ? key : String(key.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
            let sizeText = arguments.flags.contains("--human-readable") ? Self.humanReadable(size) : String(size)
            out += date + " " + String(repeating: " ", count: max(0, 10 - sizeText.count)) + sizeText + " " + name + "\n"
        }
        if arguments.flags.contains("--summarize") {
            let totalText = arguments.flags.contains("--human-readable") ? Self.humanReadable(total) : String(total)
            out += "\nTotal Objects: \(count)\n   Total Size: \(totalText)\n"
        }
        let empty = objects["CommonPrefixes"] == nil && objects["Contents"] == nil
        return CLIResult(stdout: out, exitCode: !address.key.isEmpty && empty ? 1 : 0)
    }

    private func listBuckets() throws(CLIFailure) -> CLIResult {
        let buckets: AWSValue
        do {
            buckets = try call("ListBuckets", .object([]))
        } catch {
            throw .service(error, operation: "ListBuckets")
        }
        let lines = (buckets["Buckets"]?.listValue ?? []).map { bucket in
            (Timestamps.parse(bucket["CreationDate"]?.stringValue ?? "").map(WorldTime.listing) ?? "")
                + " " + (bucket["Name"]?.stringValue ?? "") + "\n"
        }
        return CLIResult(stdout: lines.joined())
    }

    /// Every page of ListObjectsV2, merged.
    private func allObjects(_ bucket: String, prefix: String, delimiter: String?) throws(ServiceError) -> AWSValue {
        var contents: [AWSValue] = [], prefixes: [AWSValue] = []
        var token: AWSValue?
        repeat {
            let page = try call("ListObjectsV2", .object([
                "Bucket": .string(bucket), "Prefix": .string(prefix),
                "Delimiter": delimiter.map(AWSValue.string), "ContinuationToken": token,
            ]))
            contents += page["Contents"]?.listValue ?? []
            prefixes += page["CommonPrefixes"]?.listValue ?? []
            token = page["NextContinuationToken"]
        } while token != nil
        return .object(["Contents": contents.isEmpty ? nil : .list(contents),
                        "CommonPrefixes": prefixes.isEmpty ? nil : .list(prefixes)])
    }

    private static func humanReadable(_ size: Int) -> String {
        let units = ["Bytes", "KiB", "MiB", "GiB", "TiB"]
        if size < 1024 { return size == 1 ? "1 Byte" : "\(size) Bytes" }
        var value = Double(size), unit = 0
        while value >= 1024 && unit < units.count - 1 { value /= 1024; unit += 1 }
        return String(format: "%.1f %@", value, units[unit])
    }

    // MARK: rm

    func remove() throws(CLIFailure) -> CLIResult {
        try removeObjects(try bucketAddress(arguments.paths[0]), recursive: arguments.recursive)
    }

    private func removeObjects(_ address: S3Address, recursive: Bool) throws(CLIFailure) -> CLIResult {
        var keys = [address.key]
        if recursive {
            // A recursive path is a directory: `s3://b/csv` means the keys under `csv/`.
            let prefix = S3TransferPlan.directoryPrefix(address.key)
            do {
                keys = (try allObjects(address.bucket, prefix: prefix, delimiter: nil)["Contents"]?.listValue ?? [])
                    .compactMap { $0["Key"]?.stringValue }
                    .filter { arguments.filter.includes(String($0.utf8.dropFirst(prefix.utf8.count))!) }
            } catch {
                throw .service(error, operation: "ListObjectsV2")
            }
        }
        var result = CLIResult()
        for key in keys {
            let target = S3Address(bucket: address.bucket, key: key)
            if arguments.dryRun { result.stdout += "(dryrun) delete: \(target.description)\n"; continue }
            do {
                _ = try call("DeleteObject", .object(["Bucket": .string(address.bucket), "Key": .string(key)]))
                if !arguments.quiet { result.stdout += "delete: \(target.description)\n" }
            } catch {
                result.stderr += "delete failed: \(target.description) " + CLIFailure.serviceMessage(error, operation: "DeleteObject") + "\n"
                result.exitCode = 1
            }
        }
        return result
    }

    // MARK: cp, mv, sync

    func copy() throws(CLIFailure) -> CLIResult {
        execute(try plan(recursive: arguments.recursive).transfers)
    }

    /// A copy that removes each source once its copy is made.
    func move() throws(CLIFailure) -> CLIResult {
        execute(try plan(recursive: arguments.recursive).transfers, moving: true)
    }

    /// Copies what is new or changed; with `--delete`, then removes what the source lacks.
    func sync() throws(CLIFailure) -> CLIResult {
        let plan = try plan(recursive: true)
        var result = execute(plan.transfers.filter(plan.needsSync))
        guard arguments.flags.contains("--delete") else { return result }
        for (location, label) in plan.extraneous {
            if arguments.dryRun { result.stdout += "(dryrun) delete: \(label)\n"; continue }
            do {
                switch location {
                case .local(let file): try FileManager.default.removeItem(at: file)
                case .s3(let address):
                    _ = try call("DeleteObject", .object(["Bucket": .string(address.bucket), "Key": .string(address.key)]))
                }
                if !arguments.quiet { result.stdout += "delete: \(label)\n" }
            } catch {
                result.stderr += "delete failed: \(label) \(error)\n"
                result.exitCode = 1
            }
        }
        return result
    }

    private func plan(recursive: Bool) throws(CLIFailure) -> S3TransferPlan {
        try S3TransferPlan.make(source: arguments.paths[0], destination: arguments.paths[1], recursive: recursive,
                                filter: arguments.filter, context: context, call: { operation, input throws(ServiceError) in try call(operation, input) })
    }

    private func execute(_ transfers: [S3TransferPlan.Transfer], moving: Bool = false) -> CLIResult {
        var result = CLIResult()
        for transfer in transfers {
            let verb = moving ? "move" : transfer.verb
            if let warning = transfer.warning {
                result.stderr += warning + "\n"
                result.exitCode = max(result.exitCode, 2)
                continue
            }
            let line = "\(verb): \(transfer.sourceLabel) to \(transfer.destinationLabel)"
            if arguments.dryRun { result.stdout += "(dryrun) \(line)\n"; continue }
            do {
                try perform(transfer)
                if moving { try removeSource(of: transfer) }
                if !arguments.quiet { result.stdout += line + "\n" }
            } catch let error as ServiceError {
                result.stderr += "\(verb) failed: \(transfer.sourceLabel) to \(transfer.destinationLabel) "
                    + CLIFailure.serviceMessage(error, operation: transfer.operation) + "\n"
                result.exitCode = 1
            } catch {
                result.stderr += "\(verb) failed: \(transfer.sourceLabel) to \(transfer.destinationLabel) \(error)\n"
                result.exitCode = 1
            }
        }
        return result
    }

    private func removeSource(of transfer: S3TransferPlan.Transfer) throws {
        switch transfer.source {
        case .local(let file):
            try FileManager.default.removeItem(at: file)
        case .s3(let source):
            _ = try call("DeleteObject", .object(["Bucket": .string(source.bucket), "Key": .string(source.key)]))
        }
    }

    private func perform(_ transfer: S3TransferPlan.Transfer) throws {
        let storageClass = arguments.values["--storage-class"].map(AWSValue.string)
        switch (transfer.source, transfer.destination) {
        case (.local(let file), .s3(let target)):
            let body = try context.files.read(file.path)
            _ = try call("PutObject", .object([
                "Body": .blob(body), "Bucket": .string(target.bucket),
                "ContentType": arguments.values["--content-type"].map(AWSValue.string) ?? MimeTypes.guess(file.lastPathComponent),
                "Key": .string(target.key), "StorageClass": storageClass,
            ]))
        case (.s3(let source), .local(let file)):
            let result = try callResult("GetObject", .object(["Bucket": .string(source.bucket), "Key": .string(source.key)]))
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (result.body ?? Data()).write(to: file, options: .atomic)
            if let modified = result.value["LastModified"]?.stringValue.flatMap(WorldTime.parseHTTPDate) {
                try FileManager.default.setAttributes([.modificationDate: context.localClock.localTime(modified)],
                                                      ofItemAtPath: file.path)
            }
        case (.s3(let source), .s3(let target)):
            _ = try call("CopyObject", .object([
                "Bucket": .string(target.bucket), "CopySource": .string("\(source.bucket)/\(source.key)"),
                "Key": .string(target.key), "StorageClass": storageClass,
            ]))
        case (.local, .local):
            break
        }
    }
}
