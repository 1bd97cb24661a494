import Foundation

/// Reads the rows of a catalog table from the S3 objects under its location, as the table's
/// definition says to read them: CSV with its delimiter and header line, or JSON lines by
/// column name. Partition-key values come from the object's folders (`key=value` or the plain
/// folder name). A row is its values as text, `nil` for a missing or empty value.
struct CatalogTableReader {
    let table: GlueTable
    let reader: GlueS3Reader

    var columnNames: [String] {
        (table.storageDescriptor?["Columns"]?.listValue ?? []).compactMap { $0["Name"]?.stringValue } + table.partitionKeys
    }

    var columnTypes: [String] {
        (table.storageDescriptor?["Columns"]?.listValue ?? []).map { $0["Type"]?.stringValue ?? "string" }
            + table.partitionKeys.map { _ in "string" }
    }

    func rows() throws -> [[String?]] {
        guard let location = table.location else {
            throw GlueRunFailure("Table \(table.name) has no StorageDescriptor.Location to read.")
        }
        let folder = try GlueS3Reader.Folder(location)
        let classification = table.parameter("classification") ?? "csv"
        guard classification == "csv" || classification == "json" else {
            throw GlueRunFailure("Table \(table.name) has classification \(classification); this simulator's jobs read csv and json tables.")
        }
        let dataColumns = columnNames.count - table.partitionKeys.count
        var rows: [[String?]] = []
        for object in try reader.objects(in: folder) {
            let folders = object.key.dropFirst(folder.prefix.count).split(separator: "/").dropLast().map(String.init)
            guard folders.count >= table.partitionKeys.count else { continue }
            let partition: [String?] = folders.prefix(table.partitionKeys.count).map { segment in
                segment.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).last.map(String.init)
            }
            let text = String(decoding: try reader.body(of: object), as: UTF8.self)
            let records = classification == "json" ? jsonRecords(text, columns: Array(columnNames.prefix(dataColumns)))
                                                   : csvRecords(text, width: dataColumns)
            rows += records.map { $0 + partition }
        }
        return rows
    }

    private func csvRecords(_ text: String, width: Int) -> [[String?]] {
        let serde = table.storageDescriptor?["SerdeInfo"]?["Parameters"]
        let delimiter = serde?["field.delim"]?.stringValue ?? serde?["separatorChar"]?.stringValue
            ?? table.parameter("delimiter") ?? ","
        let records = DelimitedText(text, delimiter: delimiter.unicodeScalars.first ?? ",").records
        let skip = Int(table.parameter("skip.header.line.count") ?? "0") ?? 0
        return records.dropFirst(skip).map { record in
            (0..<width).map { $0 < record.count && !record[$0].isEmpty ? record[$0] : nil }
        }
    }

    private func jsonRecords(_ text: String, columns: [String]) -> [[String?]] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            guard case .object(let members)? = try? JSONReader.parse(String(line)) else { return nil }
            return columns.map { column in
                members.first { $0.name.lowercased() == column.lowercased() }.flatMap { Self.text($0.value) }
            }
        }
    }

    private static func text(_ value: AWSValue) -> String? {
        switch value {
        case .null: nil
        case .string(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .integer(let number): String(number)
        case .double(let number): String(number)
        default: JSONWriter.compact(value)
        }
    }
}
