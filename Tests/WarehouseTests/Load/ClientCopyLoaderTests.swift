import Foundation
import Testing
@testable import Warehouse

@Suite struct ClientCopyLoaderTests {
    func columns(_ definitions: [(String, DataType, Bool)]) -> [TableColumn] {
        definitions.map { TableColumn(name: $0.0, type: $0.1, notNull: $0.2) }
    }

    /// A loader cut into tiny pieces and parts, so a few lines cross every boundary it has.
    func load(_ text: String, _ targets: [TableColumn], command: String = "t from 'f' with delimiter '|'",
              partBytes: Int = 7) throws -> (columns: [ColumnVector], count: Int) {
        var loader = ClientCopyLoader(try ClientCopy.parse(command).get(), targets: targets)
        loader.parts = 2
        loader.partBytes = partBytes
        return try loader.load(.bytes(Data(text.utf8)))
    }

    func texts(_ vector: ColumnVector) -> [String?] {
        (0..<vector.count).map { vector.datum(at: $0).isNull ? nil : vector.datum(at: $0).text }
    }

    @Test func plainReadersAgreeWithTheGeneralConversion() throws {
        let inputs = ["0", "-0", "+7", "12", "-32768", "32767", "32768", "2147483647", "2147483648", "-2147483648",
                      "9223372036854775807", "123456789012345678", "1234567890123456789", " 5", "5 ", "1e3", "", "-",
                      "12.5", "12.50", "12.505", "-0.01", ".5", "5.", "1.2.3", "9999999999999.99", "99999999999999.99",
                      "2024-02-29", "2023-02-29", "1992-01-02", "0000-01-01", "0001-01-01", "9999-12-31", "1998-13-01",
                      "98-01-01", "1998/01/01", "１２"]
        for input in inputs {
            let bytes = Array(input.utf8)
            func general(_ type: DataType) -> ColumnVector? {
                try? CastKernel.cast(ColumnVector(type: .varchar(length: 65535), storage: .string(StringVector([input]))),
                                     to: type, explicit: false)
            }
            bytes.withUnsafeBufferPointer { text in
                if let value: Int16 = PlainText.integer(text) { #expect(general(.smallint)?.datum(at: 0).text == "\(value)", "\(input)") }
                if let value: Int32 = PlainText.integer(text) { #expect(general(.integer)?.datum(at: 0).text == "\(value)", "\(input)") }
                if let value: Int64 = PlainText.integer(text) { #expect(general(.bigint)?.datum(at: 0).text == "\(value)", "\(input)") }
                let decimal = DataType.decimal(precision: 15, scale: 2)
                if let value = PlainText.decimal(text, precision: 15, scale: 2, cutsFraction: false) {
                    #expect(general(decimal)?.datum(at: 0).text == Decimal128(unscaled: value, scale: 2).description, "\(input)")
                }
                if let days = PlainText.date(text) {
                    let expected = try? ColumnVector(type: .date, storage: .int32(FixedWidthVector(values: [days])))
                    #expect(general(.date)?.datum(at: 0).text == expected?.datum(at: 0).text, "\(input)")
                }
            }
        }
        #expect(Array("12.509".utf8).withUnsafeBufferPointer { PlainText.decimal($0, precision: 5, scale: 2, cutsFraction: true) } == 1250)
        #expect(Array("12.509".utf8).withUnsafeBufferPointer { PlainText.decimal($0, precision: 5, scale: 2, cutsFraction: false) } == nil)
    }

    @Test func linesCrossingPiecesAndPartsLoadInOrder() throws {
        let targets = columns([("id", .integer, false), ("price", .decimal(precision: 9, scale: 2), false), ("day", .date, false),
                               ("note", .varchar(length: 40), false), ("flag", .boolean, false), ("code", .char(length: 3), false)])
        let rows = (1...50).map { "\($0)|\($0).5|2024-01-\(String(format: "%02d", $0 % 28 + 1))|note \($0) \(String(repeating: "x", count: $0 % 7))|"
            + "\($0 % 2 == 0 ? "t" : "false")|c\($0 % 10)" }
        let text = "id|price|day|note|flag|code\n" + rows.joined(separator: "\r\n") + "\n 7 |\\N|\\N|\\N|\\N|\\N"
        let command = "t from 'f' with (delimiter '|', header)"
        let tiny = try load(text, targets, command: command)
        let whole = try load(text, targets, command: command, partBytes: 1 << 20)
        #expect(tiny.count == 51 && whole.count == 51)
        for index in targets.indices { #expect(texts(tiny.columns[index]) == texts(whole.columns[index])) }
        #expect(texts(tiny.columns[0]).prefix(3) == ["1", "2", "3"])
        #expect(texts(tiny.columns[1])[0] == "1.50")
        #expect(texts(tiny.columns[3])[49] == "note 50 x")
        #expect(texts(tiny.columns[4]).prefix(2) == ["f", "t"])
        #expect(texts(tiny.columns[5])[0] == "c1 ")
        // The last line: an integer with blanks, which the general conversion reads, and NULLs.
        #expect(texts(tiny.columns[0])[50] == "7")
        #expect(targets.indices.dropFirst().allSatisfy { texts(tiny.columns[$0])[50] == nil })
    }

    @Test func theFirstBadLineInTheFileIsTheErrorReported() throws {
        let targets = columns([("id", .integer, false), ("at", .timestamp, false), ("name", .varchar(length: 3), true)])
        let good = (1...30).map { "\($0)|2024-01-01 10:00:00|ab" }
        func error(_ lines: [String]) -> String? {
            do {
                _ = try load(lines.joined(separator: "\n"), targets)
                return nil
            } catch {
                return (error as? SQLError)?.message
            }
        }
        #expect(error(good) == nil)
        var lines = good
        lines[25] = "x|2024-01-01|ab"
        lines[27] = "1|2|3|4"
        #expect(error(lines) == "invalid input syntax for integer: \"x\"")
        lines[20] = "5|noon|ab"
        #expect(error(lines)?.contains("timestamp") == true)
        lines[10] = "5|2024-01-01|\\N"
        #expect(error(lines) == "Cannot insert a NULL value into column name")
        lines[5] = "5|2024-01-01"
        #expect(error(lines) == "missing data for column \"name\"")
        lines[2] = "5|2024-01-01|a\u{FFFD}"
        #expect(error(lines) == "value too long for type character varying(3)")
    }

    @Test func invalidUTF8FailsAtItsLine() throws {
        let targets = columns([("id", .integer, false), ("name", .varchar(length: 10), false)])
        var bytes = Array("1|a\n2|b\n".utf8) + [0x33, 0x7C, 0xFF, 0x0A]
        var loader = ClientCopyLoader(try ClientCopy.parse("t from 'f' with delimiter '|'").get(), targets: targets)
        #expect(throws: SQLError.self) { try loader.load(.bytes(Data(bytes))) }
        bytes = Array("x|a\n".utf8) + bytes
        loader.parts = 1
        do {
            _ = try loader.load(.bytes(Data(bytes)))
            Issue.record("loaded")
        } catch {
            #expect(error.message == "invalid input syntax for integer: \"x\"")
        }
    }

    @Test func aFileIsReadFromDiskPieceByPiece() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("client-copy-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let text = (1...200).map { "\($0),\"name, \($0)\",\"\"\"q\"\"\"" }.joined(separator: "\n")
        try Data(text.utf8).write(to: url)
        var loader = ClientCopyLoader(try ClientCopy.parse("t from 'f' with (format csv)").get(),
                                      targets: columns([("id", .bigint, false), ("name", .varchar(length: 20), false),
                                                        ("quote", .varchar(length: 5), false)]))
        loader.partBytes = 64
        let loaded = try loader.load(.file(path: url.path))
        #expect(loaded.count == 200)
        #expect(texts(loaded.columns[1])[199] == "name, 200")
        #expect(texts(loaded.columns[2])[0] == "\"q\"")
        #expect(throws: SQLError.self) { try loader.load(.file(path: url.path + ".missing")) }
    }
}
