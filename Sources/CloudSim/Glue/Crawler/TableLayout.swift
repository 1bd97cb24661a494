/// How a crawler turns the objects under one include path into tables, following Glue's rules:
/// when every object under a folder has a compatible schema at the same depth, the folder is
/// one table and the folders below it are its partitions (`key=value` folders give the key as
/// the partition column, other folders `partition_0`, `partition_1`, …). Otherwise the folder
/// splits: each subfolder is considered on its own (and named after itself), and files lying
/// directly in the folder form tables named after their first file.
struct TableLayout {
    /// One classified object, its path relative to the include path split at `/`.
    struct Object {
        let path: [String]
        let schema: InferredSchema
    }

    struct Partition: Equatable {
        let values: [String]
        /// The folders below the table's location, e.g. `year=2024/month=01`.
        let folder: String
    }

    /// A table to write: its name (before the table prefix), its folder relative to the include
    /// path, its merged schema, its partition keys and partitions.
    struct Table {
        let name: String
        let folder: [String]
        let schema: InferredSchema
        let partitionKeys: [String]
        let partitions: [Partition]
    }

    static func tables(rootName: String, objects: [Object]) -> [Table] {
        tables(name: rootName, folder: [], objects: objects)
    }

    private static func tables(name: String, folder: [String], objects: [Object]) -> [Table] {
        guard !objects.isEmpty else { return [] }
        let depth = objects[0].path.count
        if objects.allSatisfy({ $0.path.count == depth }), let schema = mergedIfCompatible(objects) {
            return [table(name: name, folder: folder, schema: schema, objects: objects)]
        }
        var result: [Table] = []
        for group in clusters(objects.filter { $0.path.count == 1 }) {
            let file = group[0].path[0]
            result.append(table(name: sanitize(file), folder: folder, schema: mergedIfCompatible(group) ?? group[0].schema,
                                objects: group))
        }
        var children: [String: [Object]] = [:]
        var order: [String] = []
        for object in objects where object.path.count > 1 {
            let child = object.path[0]
            if children[child] == nil { order.append(child) }
            children[child, default: []].append(Object(path: Array(object.path.dropFirst()), schema: object.schema))
        }
        for child in order {
            result += tables(name: sanitize(child), folder: folder + [child], objects: children[child] ?? [])
        }
        return result
    }

    /// The table at `folder` holding `objects` (all at one depth): their folders are partitions.
    private static func table(name: String, folder: [String], schema: InferredSchema, objects: [Object]) -> Table {
        let levels = objects[0].path.count - 1
        let keys = (0..<levels).map { level -> String in
            let segments = objects.map { $0.path[level] }
            let names = Set(segments.map { $0.split(separator: "=", maxSplits: 1).first.map(String.init) ?? "" })
            if names.count == 1, let key = names.first, !key.isEmpty, segments.allSatisfy({ $0.contains("=") }) {
                return key.lowercased()
            }
            return "partition_\(level)"
        }
        var partitions: [Partition] = []
        for object in objects where levels > 0 {
            let folders = Array(object.path.prefix(levels))
            let values = folders.map { segment in
                segment.contains("=") ? String(segment.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[1]) : segment
            }
            let partition = Partition(values: keys.indices.map { keys[$0].hasPrefix("partition_") ? folders[$0] : values[$0] },
                                      folder: folders.joined(separator: "/"))
            if !partitions.contains(partition) { partitions.append(partition) }
        }
        return Table(name: name, folder: folder, schema: schema, partitionKeys: keys, partitions: partitions)
    }

    /// The merged schema of `objects` when each is compatible with the merge of those before it.
    private static func mergedIfCompatible(_ objects: [Object]) -> InferredSchema? {
        var merged = objects[0].schema
        for object in objects.dropFirst() {
            guard merged.isCompatible(with: object.schema) else { return nil }
            merged = merged.merged(with: object.schema)
        }
        return merged
    }

    /// Files in one folder grouped by compatible schema, each joining the first group it fits.
    private static func clusters(_ objects: [Object]) -> [[Object]] {
        var groups: [[Object]] = []
        for object in objects {
            if let index = groups.firstIndex(where: { mergedIfCompatible($0 + [object]) != nil }) {
                groups[index].append(object)
            } else {
                groups.append([object])
            }
        }
        return groups
    }

    /// A folder or file name as a table name: lower case, anything but letters, digits and `_` as `_`.
    static func sanitize(_ name: String) -> String {
        String(name.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    }
}
