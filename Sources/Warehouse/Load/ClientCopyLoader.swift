import Foundation

/// Reads a psql `\copy` file into typed columns for the target columns. The file is streamed:
/// a piece of whole lines at a time is read into one buffer, cut at line boundaries into one
/// part per core, and the parts are parsed concurrently (a `\copy` record never spans lines),
/// each straight into typed columns; the parts' columns are then appended in file order. So a
/// load holds one piece of text beside the columns it builds, never the whole file. The error
/// reported is the one a row-by-row reader meets first: the first failing line, and in it the
/// line's shape, then the fields in column order, then NOT NULL.
struct ClientCopyLoader {
    static let invalidEncoding = SQLError("22021", "invalid byte sequence for encoding \"UTF8\"")
    /// Text parsed per part: large enough that handing parts to cores costs nothing, small
    /// enough that the piece buffer stays a few megabytes.
    static let defaultPartBytes = 4 << 20

    let copy: ClientCopy
    let targets: [TableColumn]
    var parts = max(ProcessInfo.processInfo.activeProcessorCount, 1)
    var partBytes = Self.defaultPartBytes

    init(_ copy: ClientCopy, targets: [TableColumn]) {
        self.copy = copy
        self.targets = targets
    }

    /// The target columns' values and the number of rows.
    func load(_ source: ClientCopySource) throws(SQLError) -> (columns: [ColumnVector], count: Int) {
        let splitter = try ClientCopyFieldSplitter(copy, names: targets.map(\.name))
        let reader = try ClientCopySource.Reader(source)
        var builders = targets.map { ColumnBuilder(type: $0.type) }
        var count = 0
        var capacity = max(partBytes * parts, 1)
        var buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        var filled = 0, atEnd = false, skipsHeader = copy.header
        while true {
            if !atEnd && filled < capacity {
                let read = try reader.read(into: UnsafeMutableBufferPointer(rebasing: buffer[filled...]))
                filled += read
                atEnd = read == 0 || filled < capacity
            }
            guard filled > 0 else { break }
            // Whole lines only: the text after the last newline waits for the next piece.
            var usable = filled
            if !atEnd {
                guard let lastNewline = UnsafeBufferPointer(rebasing: buffer[0..<filled]).lastIndex(of: 0x0A) else {
                    // A line longer than the buffer: grow it.
                    let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: capacity * 2)
                    _ = larger.initialize(fromContentsOf: buffer[0..<filled])
                    buffer.deallocate()
                    buffer = larger
                    capacity *= 2
                    continue
                }
                usable = lastNewline + 1
            }
            var start = 0
            if skipsHeader {
                skipsHeader = false
                start = ClientCopyLines.nextLineStart(in: buffer, from: 0, to: usable)
            }
            count += try parse(UnsafeMutableBufferPointer(rebasing: buffer[start..<usable]), splitter: splitter, into: &builders)
            // The unread rest moves to the front.
            let rest = filled - usable
            if rest > 0 {
                (buffer.baseAddress! + 0).update(from: buffer.baseAddress! + usable, count: rest)
            }
            filled = rest
            if atEnd && filled == 0 { break }
        }
        return (builders.map { $0.build() }, count)
    }

    /// Parses whole lines, one part per core, and appends the parts' columns in order; returns
    /// the number of rows.
    private func parse(_ text: UnsafeMutableBufferPointer<UInt8>, splitter: ClientCopyFieldSplitter,
                       into builders: inout [ColumnBuilder]) throws(SQLError) -> Int {
        var bounds = [0]
        for part in 1..<parts {
            let from = max(text.count * part / parts - 1, bounds[part - 1])
            bounds.append(ClientCopyLines.nextLineStart(in: text, from: from, to: text.count))
        }
        bounds.append(text.count)
        let input = text
        let (targets, cuts) = (targets, bounds)
        let results: [Result<ClientCopyPart.Rows, SQLError>]
        do {
            results = try ParallelBatches.perform(parts) { part in
                ClientCopyPart(targets: targets, splitter: splitter)
                    .parse(UnsafeMutableBufferPointer(rebasing: input[cuts[part]..<cuts[part + 1]]))
            }
        } catch {
            throw error as? SQLError ?? SQLError(SQLState.internalError, "\(error)")
        }
        var count = 0
        for result in results {
            let part = try result.get()
            for (index, column) in part.columns.enumerated() {
                do {
                    try builders[index].append(column)
                } catch {
                    throw error as? SQLError ?? SQLError(SQLState.internalError, "\(error)")
                }
            }
            count += part.count
        }
        return count
    }
}
