import Foundation
import NormsSource
import NormsTestSupport
import NormsYAML
import Testing

/// The JSON reader of `norms check --batch`: the same nodes and spans as the YAML loader gives for
/// the same text, and a positioned error for everything that is not JSON.
@Suite struct JSONReaderTests {
    private let at = Loading.at

    private func read(_ text: String) throws(JSONError) -> YAMLNode? {
        try JSONReader().read(Loading.source(text))
    }

    private func error(_ text: String) -> JSONError? {
        error(bytes: Array(text.utf8))
    }

    private func error(bytes: [UInt8], maxDepth: Int = 256) -> JSONError? {
        do {
            _ = try JSONReader(maxDepth: maxDepth).read(SourceFile(path: Loading.path, bytes: bytes))
            return nil
        } catch {
            return error
        }
    }

    // MARK: - The same tree as YAML

    @Test("every single-value in.json of the YAML test suite reads as the YAML loader reads it, spans included",
          arguments: YAMLTestSuite.caseIDs.filter { FileManager.default.fileExists(atPath: YAMLTestSuite.root.appendingPathComponent("\($0)/in.json").path) })
    func sameAsYAML(_ id: String) throws {
        let source = try SourceFile.read(path: YAMLTestSuite.root.appendingPathComponent("\(id)/in.json").path)
        guard let expected = try YAMLTestSuite.expectedJSON(id), expected.count == 1 else { return }
        let node = try #require(try JSONReader().read(source))
        #expect(JSONValue(node) == expected[0], "\(id)")
        let yaml = try #require(try YAMLLoader().loadDocument(source))
        #expect(node == yaml, "\(id)")
        expectSameSpans(node, yaml, id: id)
    }

    private func expectSameSpans(_ json: YAMLNode, _ yaml: YAMLNode, id: String) {
        #expect(json.span == yaml.span, "\(id): \(json)")
        switch (json.content, yaml.content) {
        case (.sequence(let left), .sequence(let right)):
            for (a, b) in zip(left, right) { expectSameSpans(a, b, id: id) }
        case (.mapping(let left), .mapping(let right)):
            for (a, b) in zip(left.entries, right.entries) {
                expectSameSpans(a.key, b.key, id: id)
                expectSameSpans(a.value, b.value, id: id)
            }
        default: break
        }
    }

    @Test func scalarsAreTypedAsYAMLTypesThem() throws {
        let node = try #require(try read(#"{"s": "12", "i": 12, "f": -1.5e3, "t": true, "n": null, "e": "", "u": "\u00e9\ud83d\ude00\n"}"#))
        let values = node.mapping?.entries.map { $0.value.scalar?.resolved }
        #expect(values == [.string("12"), .int(12), .float(-1500), .bool(true), .null, .string(""), .string("é😀\n")])
    }

    @Test func emptyAndWhitespaceOnlyTextHoldsNoValue() throws {
        #expect(try read("") == nil)
        #expect(try read(" \t\r\n ") == nil)
    }

    @Test func positionsContinueFromTheGivenStart() throws {
        // A line read from the middle of a file: line 7, starting at byte 300 of the file.
        let bytes = Array(#"{"é": [1, "x"]}"#.utf8)
        let node = try bytes.withUnsafeBufferPointer { (pointer) throws(JSONError) in
            try JSONReader().read(pointer, file: "batch.jsonl", start: at(7, 1, 300))
        }
        let entry = try #require(node?.mapping?.entries.first)
        // `"é"` starts at column 2, byte 301; `[` after `"é": ` at column 7, byte 307 (é is two bytes).
        #expect(entry.key.span == SourceSpan(file: "batch.jsonl", start: at(7, 2, 301), end: at(7, 5, 305)))
        #expect(entry.value.span == SourceSpan(file: "batch.jsonl", start: at(7, 7, 307), end: at(7, 15, 315)))
    }

    // MARK: - Errors

    @Test(arguments: [
        (#"{↓channel: "chat"}"#, "expected a key in double quotes, found 'c'"),
        (#"{"a": 1 ↓"b": 2}"#, "expected ',' or '}', found '\"'"),
        (#"{"a": 1,↓}"#, "expected a key in double quotes, found '}'"),
        (#"[1, 2↓"#, "expected ',' or ']', found the end of the text"),
        (#"{"a" ↓1}"#, "expected ':' after the key, found '1'"),
        (#"{"a": ↓'x'}"#, "expected a value, found \"'\""),
        (#"{"a": 1} ↓{"b": 2}"#, "expected the end of the text after the value, found '{'"),
        (#"{"a": ↓tru}"#, "expected a value, found 't'"),
        (#"{"a": ↓é}"#, "expected a value, found 'é'"),
    ])
    func syntaxErrors(_ marked: String, _ message: String) {
        let source = MarkedSource(marked)
        let error = error(source.text)
        #expect(error?.span.start == source.marker)
        #expect(error?.diagnostic.message == "invalid JSON: " + message)
        #expect(error?.diagnostic.code == "json.syntax")
    }

    @Test(arguments: [
        (#"{"a": ↓01}"#, "invalid number '01'"),
        (#"{"a": ↓1.}"#, "invalid number '1.'"),
        (#"{"a": ↓-}"#, "invalid number '-'"),
        (#"{"a": ↓12abc}"#, "invalid number '12abc'"),
        (#"{"a": ↓"abc}"#, "the string is not closed"),
        (#"{"a": "ab↓\q"}"#, #"invalid escape '\q' in a string"#),
        (#"{"a": "ab↓\u12G4"}"#, #"invalid escape '\u' in a string"#),
        (#"{"a": "↓\ud83d"}"#, #"escape '\ud83d' is half of a surrogate pair"#),
        (#"{"a": "↓\ude00x"}"#, #"escape '\ude00' is half of a surrogate pair"#),
        ("{\"a\": \"x↓\ty\"}", "control character U+0009 inside a string"),
    ])
    func malformedValues(_ marked: String, _ message: String) {
        let source = MarkedSource(marked)
        let error = error(source.text)
        #expect(error?.span.start == source.marker)
        #expect(error?.diagnostic.message == "invalid JSON: " + message)
    }

    @Test func aDuplicateKeyPointsAtBothOccurrences() {
        let source = MarkedSource(#"{↓"to": ["a"], ↓"to": ["b"]}"#)
        let error = error(source.text)
        #expect(error?.kind == .duplicateKey(key: "to", first: Loading.span(source.markers[0], at(1, 6, 5))))
        #expect(error?.span.start == source.markers[1])
        #expect(error?.diagnostic.code == "json.duplicate-key")
    }

    @Test func duplicateKeysAreFoundAmongManyKeys() {
        let keys = (0..<50).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        let source = MarkedSource("{" + keys + ", ↓\"k31\": 0}")
        #expect(error(source.text)?.span.start == source.marker)
        #expect(error("{" + keys + "}") == nil)
    }

    @Test func nestingDeeperThanTheLimit() {
        let source = MarkedSource("[[[↓[1]]]]")
        let error = error(bytes: Array(source.text.utf8), maxDepth: 3)
        #expect(error?.kind == .tooDeep(limit: 3))
        #expect(error?.span.start == source.marker)
        #expect(error?.diagnostic.code == "json.too-deep")
    }

    @Test func deepNestingWithinTheDefaultLimitReads() throws {
        let text = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        #expect(try read(text) != nil)
        #expect(error(String(repeating: "[", count: 257) + String(repeating: "]", count: 257))?.kind == .tooDeep(limit: 256))
    }

    // MARK: - Encoding, as files are checked

    @Test(arguments: [
        ([0x00] + Array(#"{"a": 1}"#.utf8), "the text holds a NUL byte (0x00)", 1),
        (Array(#"{"a": 1}"#.utf8) + [0x00] + Array(" garbage".utf8), "the text holds a NUL byte (0x00)", 9),
        (Array(#"{"a": "x"#.utf8) + [0x00] + Array(#""}"#.utf8), "the text holds a NUL byte (0x00)", 9),
        (Array(#"{"a": "é"#.utf8) + [0xFF] + Array(#""}"#.utf8), "invalid UTF-8 byte 0xFF", 9),
        (Array(#"{"a": ""#.utf8) + [0xC0, 0xAF] + Array(#""}"#.utf8), "invalid UTF-8 byte 0xC0", 8),
        (Array(#"{"a": ""#.utf8) + [0xED, 0xA0, 0x80] + Array(#""}"#.utf8), "invalid UTF-8 byte 0xED", 8),
        (Array(#"{"a": ""#.utf8) + [0x1B] + Array(#"[31m"}"#.utf8), "control character U+001B is not allowed", 8),
        (Array(#"{"a": ""#.utf8) + [0x7F] + Array(#""}"#.utf8), "control character U+007F is not allowed", 8),
        (Array(#"{"a": ""#.utf8) + [0xC2, 0x9B] + Array(#""}"#.utf8), "character U+009B is not allowed", 8),
        (Array(#"{"a": ""#.utf8) + [0xEF, 0xBF, 0xBE] + Array(#""}"#.utf8), "character U+FFFE is not allowed", 8),
    ] as [([UInt8], String, Int)])
    func badBytes(_ bytes: [UInt8], _ message: String, _ column: Int) {
        let error = error(bytes: bytes)
        #expect(error?.diagnostic.message == message)
        #expect(error?.diagnostic.code == "json.encoding")
        #expect(error?.span.start.column == column)
        #expect(error?.span.start.line == 1)
    }

    @Test func escapedControlCharactersAreAllowedInStrings() throws {
        let node = try read(#"{"a": "\u0000\u001b[31m"}"#)
        #expect(node?.mapping?["a"]?.scalar?.value == "\u{0}\u{1B}[31m")
    }

    @Test func aByteOrderMarkStartsAFileButTakesNoColumn() throws {
        let node = try JSONReader().read(SourceFile(path: Loading.path, bytes: [0xEF, 0xBB, 0xBF] + Array("[1]".utf8)))
        #expect(node?.span == Loading.span(at(1, 1, 3), at(1, 4, 6)))
    }
}
