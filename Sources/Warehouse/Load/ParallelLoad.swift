
/// Runs a COPY's parsing on every core: each file is decompressed, large delimited files are
/// cut into chunks at line boundaries, and all chunks of all files are parsed concurrently.
/// The chunks' results are put back together per file in order, with line numbers counted
/// from the file's start, so STL_LOAD_ERRORS and STL_LOAD_COMMITS read as for one pass.
struct ParallelLoad {
    let parser: FileParser
    /// A chunk is at least this large: smaller ones would cost more in batches and tasks than
    /// they gain (TPC-H's lineitem at scale factor 1 is 24 chunks). Files under two chunks
    /// are not cut.
    var chunkBytes = 32 << 20

    /// One result per file, in file order.
    func parse(_ files: [CopySource.File]) throws -> [FileParser.Result] {
        let inflated = try ParallelBatches.perform(files.count) { index -> Result<[UInt8], SQLError> in
            Result { () throws(SQLError) -> [UInt8] in
                try Compression.inflate(files[index].bytes, parser.options.compression, file: files[index].location.description)
            }
        }
        let pieces: [(file: Int, range: Range<Int>)] = inflated.indices.flatMap { index in
            guard case .success(let bytes) = inflated[index] else { return [(file: Int, range: Range<Int>)]() }
            return chunks(of: bytes).map { (index, $0) }
        }
        let parsed = try ParallelBatches.perform(pieces.count) { index -> FileParser.Result in
            let piece = pieces[index]
            guard case .success(let bytes) = inflated[piece.file] else { return FileParser.Result() }
            return parser.parse(bytes, in: piece.range, skipsHeader: piece.range.lowerBound == 0)
        }
        return merge(inflated, pieces, parsed)
    }

    /// The chunks' results put together per file.
    private func merge(_ inflated: [Result<[UInt8], SQLError>], _ pieces: [(file: Int, range: Range<Int>)],
                       _ parsed: [FileParser.Result]) -> [FileParser.Result] {
        var results: [FileParser.Result] = inflated.map { bytes in
            var result = FileParser.Result()
            if case .failure(let error) = bytes { result.failure = error }
            return result
        }
        // Lines before each chunk, counted only for chunks that rejected rows.
        var counted: (file: Int, offset: Int, lines: Int) = (-1, 0, 0)
        for (piece, chunk) in zip(pieces, parsed) {
            guard case .success(let bytes) = inflated[piece.file] else { continue }
            if counted.file != piece.file { counted = (piece.file, 0, 0) }
            if !chunk.rejections.isEmpty {
                counted.lines += Self.newlines(in: bytes, counted.offset..<piece.range.lowerBound)
                counted.offset = piece.range.lowerBound
            }
            results[piece.file].absorb(chunk, linesBefore: counted.lines, rejectionLimit: parser.rejectionLimit)
        }
        return results
    }

    /// Where to cut a file: after a newline once per `chunkBytes`, for the delimited format
    /// without ESCAPE (where every record ends at a newline); otherwise the whole file.
    func chunks(of bytes: [UInt8]) -> [Range<Int>] {
        guard case .delimited = parser.options.format, DelimitedReader.recordsEndAtNewlines(parser.options),
              bytes.count >= 2 * chunkBytes else { return [bytes.indices] }
        // IGNOREHEADER's lines stay in the first chunk, which skips them.
        var cursor = LineCursor(bytes)
        cursor.skipLines(parser.options.ignoreHeader)
        var ranges: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            var cut = max(start + chunkBytes, cursor.position)
            while cut < bytes.count, bytes[cut - 1] != 0x0A { cut += 1 }
            let end = min(cut, bytes.count)
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }

    private static func newlines(in bytes: [UInt8], _ range: Range<Int>) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            for index in range where buffer[index] == 0x0A { count += 1 }
            return count
        }
    }
}

extension FileParser.Result {
    /// Appends the result of the file's next chunk, whose line numbers count from its start.
    /// A file stops at `rejectionLimit` rejections, as one pass over it would.
    mutating func absorb(_ chunk: FileParser.Result, linesBefore: Int, rejectionLimit: Int) {
        guard rejections.count < rejectionLimit else { return }
        batches += chunk.batches
        rows += chunk.rows
        linesScanned += chunk.linesScanned
        for var rejection in chunk.rejections.prefix(rejectionLimit - rejections.count) {
            rejection.line += linesBefore
            rejections.append(rejection)
        }
        if failure == nil { failure = chunk.failure }
    }
}
