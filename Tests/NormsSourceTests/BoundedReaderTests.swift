import Foundation
import NormsSource
import Testing

/// Reading in bounded memory: lines with their numbers and offsets, over-long lines cut at the
/// limit, and whole inputs that stop one byte past it.
@Suite struct BoundedReaderTests {
    /// A temporary file holding `bytes`, removed when the test ends.
    final class TemporaryFile {
        let path: String

        init(_ bytes: [UInt8]) throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("bounded-\(UUID().uuidString)").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }

        convenience init(_ text: String) throws {
            try self.init(Array(text.utf8))
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Every line of `file`, as text, with the line's record.
    private func lines(_ file: TemporaryFile, maxBytes: Int = 1 << 20) throws -> [(String, BoundedReader.Line)] {
        let reader = try BoundedReader(path: file.path)
        var buffer: [UInt8] = []
        var result: [(String, BoundedReader.Line)] = []
        while let line = try reader.readLine(appendingTo: &buffer, maxBytes: maxBytes) {
            result.append((String(decoding: buffer[line.range], as: UTF8.self), line))
        }
        return result
    }

    // MARK: - Lines

    @Test func linesEndAtLineFeedsAndACarriageReturnBeforeOneBelongsToTheBreak() throws {
        let lines = try lines(TemporaryFile("ab\ncd\r\n\n  \nlast"))
        #expect(lines.map(\.0) == ["ab", "cd", "", "  ", "last"])
        #expect(lines.map(\.1.number) == [1, 2, 3, 4, 5])
        // "ab\n" is 3 bytes, "cd\r\n" 4, "\n" 1, "  \n" 3: the lines start at 0, 3, 7, 8 and 11.
        #expect(lines.map(\.1.offset) == [0, 3, 7, 8, 11])
        #expect(lines.map(\.1.length) == [2, 2, 0, 2, 4])
        #expect(lines.map(\.1.endsWithLineFeed) == [true, true, true, true, false])
    }

    @Test func aFinalLineFeedEndsTheLastLineAndStartsNoOther() throws {
        #expect(try lines(TemporaryFile("a\nb\n")).map(\.0) == ["a", "b"])
        #expect(try lines(TemporaryFile("")).isEmpty)
        #expect(try lines(TemporaryFile("\n")).map(\.0) == [""])
        #expect(try lines(TemporaryFile("a\r")).map(\.0) == ["a"])
    }

    @Test func aCarriageReturnInsideALineStays() throws {
        #expect(try lines(TemporaryFile("a\rb\n")).map(\.0) == ["a\rb"])
    }

    @Test func aLineOverTheLimitKeepsItsFirstBytesAndTheNextLineIsReadWhole() throws {
        let lines = try lines(TemporaryFile("abcdefgh\nxy\n"), maxBytes: 4)
        #expect(lines.map(\.0) == ["abcd", "xy"])
        #expect(lines.map(\.1.isTooLong) == [true, false])
        #expect(lines.map(\.1.length) == [8, 2])
        #expect(lines[1].1.offset == 9)
    }

    @Test func theLimitCountsTheLineWithoutItsBreak() throws {
        // Three bytes fit a limit of three, with LF or CR LF after them; four do not.
        #expect(try lines(TemporaryFile("abc\r\nabc\nabcd\r\n"), maxBytes: 3).map(\.1.isTooLong) == [false, false, true])
        #expect(try lines(TemporaryFile("abc\r\n"), maxBytes: 3).map(\.0) == ["abc"])
    }

    @Test func aLineLongerThanManyReadBuffersCostsOnlyTheLimit() throws {
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 5 * BoundedReader.readSize + 17)
        let file = try TemporaryFile(long + Array("\nok\n".utf8))
        let reader = try BoundedReader(path: file.path)
        var buffer: [UInt8] = []
        let first = try #require(try reader.readLine(appendingTo: &buffer, maxBytes: 1000))
        #expect(first.isTooLong && first.length == long.count && buffer.count == 1000)
        let second = try #require(try reader.readLine(appendingTo: &buffer, maxBytes: 1000))
        #expect(String(decoding: buffer[second.range], as: UTF8.self) == "ok")
        #expect(second.offset == long.count + 1)
        #expect(try reader.readLine(appendingTo: &buffer, maxBytes: 1000) == nil)
    }

    @Test func theErrorForALongLinePointsJustPastTheLimit() throws {
        let lines = try lines(TemporaryFile("{}\néé😀abc\n"), maxBytes: 8)
        let line = lines[1].1
        // The kept 8 bytes are é é 😀 (2 + 2 + 4): three scalars, so the first byte past is column 4.
        let error = BoundedReader.LimitExceeded.line(line, kept: Array(lines[1].0.utf8), limit: 8, label: "in.jsonl")
        #expect(error.position == SourcePosition(line: 2, column: 4, offset: 11))
        #expect(error.diagnostics.first?.code == "io.line-too-long")
        #expect(error.diagnostics.first?.message == "line 2 is longer than the limit of 8 bytes")
        #expect(error.diagnostics.first?.span?.description == "in.jsonl:2:4")
    }

    // MARK: - Whole inputs

    @Test func readAllWithinTheLimit() throws {
        let file = try TemporaryFile("policy: yes\n")
        #expect(try BoundedReader(path: file.path).readAll(maxBytes: 12) == Array("policy: yes\n".utf8))
    }

    @Test func readAllStopsAtTheFirstBytePastTheLimitWithItsPosition() throws {
        let file = try TemporaryFile("ab\ncdef")
        #expect(throws: BoundedReader.LimitExceeded(
            label: file.path, limit: 5, position: SourcePosition(line: 2, column: 3, offset: 5), line: nil)
        ) {
            try BoundedReader(path: file.path).readAll(maxBytes: 5)
        }
    }

    @Test(.timeLimit(.minutes(5)))
    func anEndlessDeviceStopsAtTheLimit() throws {
        let error = #expect(throws: BoundedReader.LimitExceeded.self) {
            try BoundedReader(path: "/dev/zero").readAll(maxBytes: 3 << 20)
        }
        #expect(error?.position == SourcePosition(line: 1, column: (3 << 20) + 1, offset: 3 << 20))
        #expect(error?.diagnostics.first?.code == "io.too-large")
        #expect(error?.diagnostics.first?.message == "the input is longer than the limit of 3 MiB (3145728 bytes)")
    }

    @Test(.timeLimit(.minutes(5)))
    func sourceFilesAreReadThroughTheLimitToo() throws {
        // /dev/zero has no size to check first: the bounded read is what stops it.
        #expect(throws: BoundedReader.LimitExceeded.self) { try SourceFile.read(path: "/dev/zero", maxBytes: 1 << 20) }
    }

    @Test func missingFilesAndFolders() throws {
        #expect(throws: SourceFileError(path: "/no/such/file", reason: .missing)) { try BoundedReader(path: "/no/such/file") }
        let folder = FileManager.default.temporaryDirectory.path
        #expect(throws: SourceFileError(path: folder, reason: .isDirectory)) { try BoundedReader(path: folder) }
        #expect(throws: SourceFileError(path: folder, reason: .isDirectory)) { try SourceFile.read(path: folder, maxBytes: 10) }
    }
}
