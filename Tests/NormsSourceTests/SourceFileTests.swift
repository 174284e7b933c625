import Foundation
import NormsSource
import Testing

/// Lines, and the three coordinates of a position: line, column in Unicode scalars, byte offset.
@Suite struct SourceFileTests {
    private let file = SourceFile(path: "f.yaml", text: "ab\nçé😀x\r\n\nlast")

    @Test func linesWithoutTheirBreaks() {
        #expect(file.lineCount == 4)
        #expect(file.line(1) == "ab")
        #expect(file.line(2) == "çé😀x")
        #expect(file.line(3) == "")
        #expect(file.line(4) == "last")
        #expect(file.line(0) == nil)
        #expect(file.line(5) == nil)
    }

    @Test func positionOfAnOffsetCountsColumnsInScalars() {
        // Line 2 starts at byte 3: 'ç' (2 bytes), 'é' (2), '😀' (4), 'x' (1), then CR LF; line 4 at 15.
        #expect(file.position(offset: 0) == SourcePosition(line: 1, column: 1, offset: 0))
        #expect(file.position(offset: 3) == SourcePosition(line: 2, column: 1, offset: 3))
        #expect(file.position(offset: 7) == SourcePosition(line: 2, column: 3, offset: 7))
        #expect(file.position(offset: 11) == SourcePosition(line: 2, column: 4, offset: 11))
        #expect(file.position(offset: 12) == SourcePosition(line: 2, column: 5, offset: 12))
        #expect(file.position(offset: 14) == SourcePosition(line: 3, column: 1, offset: 14))
        #expect(file.position(offset: 15) == SourcePosition(line: 4, column: 1, offset: 15))
        #expect(file.position(offset: 19) == SourcePosition(line: 4, column: 5, offset: 19))
    }

    @Test func offsetsPastTheEndAreClamped() {
        #expect(file.position(offset: 999) == SourcePosition(line: 4, column: 5, offset: 19))
        #expect(file.position(offset: -4) == SourcePosition(line: 1, column: 1, offset: 0))
    }

    @Test func positionOfALineAndColumnFindsTheOffset() {
        #expect(file.position(line: 2, column: 4) == SourcePosition(line: 2, column: 4, offset: 11))
        #expect(file.position(line: 4, column: 1) == SourcePosition(line: 4, column: 1, offset: 15))
    }

    @Test func lineAndColumnRoundTripThroughTheOffset() {
        for offset in [0, 1, 2, 3, 5, 7, 11, 12, 13, 14, 15, 16, 19] {
            let position = file.position(offset: offset)
            #expect(file.position(line: position.line, column: position.column) == position)
        }
    }

    @Test func byteOrderMarkIsNeitherTextNorAColumn() {
        let marked = SourceFile(path: "bom.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\nb".utf8))
        #expect(marked.line(1) == "a: 1")
        #expect(marked.position(offset: 3) == SourcePosition(line: 1, column: 1, offset: 3))
        #expect(marked.position(offset: 6) == SourcePosition(line: 1, column: 4, offset: 6))
        #expect(marked.position(line: 1, column: 1).offset == 3)
        #expect(marked.position(offset: 8) == SourcePosition(line: 2, column: 1, offset: 8))
    }

    @Test func readingAMissingFileThrowsADiagnostic() {
        #expect {
            _ = try SourceFile.read(path: "/nonexistent/policy.yaml")
        } throws: { error in
            let diagnostic = (error as? SourceFileError)?.diagnostics.first
            return diagnostic?.code == "io.unreadable" && diagnostic?.message == "no such file '/nonexistent/policy.yaml'"
        }
    }

    @Test func spansDescribeThemselvesAsFileLineColumn() {
        let span = SourceSpan(file: "f.yaml", start: file.position(offset: 7), end: file.position(offset: 11))
        #expect(span.description == "f.yaml:2:3")
        #expect(SourceSpan.synthetic("<default>").description == "<default>")
        #expect(SourceSpan.synthetic("<default>").isSynthetic)
    }

    @Test func aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("large-\(UUID().uuidString).yaml")
        try Data(repeating: UInt8(ascii: "x"), count: 2048).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: SourceFileError(path: url.path, reason: .tooLarge(bytes: 2048, limit: 1024))) {
            try SourceFile.read(path: url.path, maxBytes: 1024)
        }
        let diagnostic = SourceFileError(path: "p.yaml", reason: .tooLarge(bytes: 2048, limit: 1024)).diagnostics[0]
        #expect(diagnostic.description == "p.yaml:1:1: error: the file is 2048 bytes, more than the limit of 1024 (split the file; a policy or a message is never this large)")
        #expect(try SourceFile.read(path: url.path, maxBytes: 2048).bytes.count == 2048)
    }

    @Test func unreadablePathsSayWhy() {
        #expect(throws: SourceFileError(path: "/no/such/file", reason: .missing)) { try SourceFile.read(path: "/no/such/file") }
        #expect(throws: SourceFileError(path: "/tmp", reason: .isDirectory)) { try SourceFile.read(path: "/tmp") }
    }
}
