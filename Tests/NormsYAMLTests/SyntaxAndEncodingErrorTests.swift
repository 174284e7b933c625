import NormsSource
import NormsYAML
import Testing

/// libyaml's syntax errors, and the encoding checks made before libyaml sees the bytes.
@Suite struct SyntaxAndEncodingErrorTests {
    private let at = Loading.at

    @Test func syntaxErrorAtTheProblemWithItsContext() {
        let error = Loading.error("a:\n  b: c\n d: e\n")
        let kind = YAMLError.Kind.syntax(problem: "did not find expected key", context: "while parsing a block mapping",
                                         contextSpan: Loading.point(1, 1, 0))
        #expect(error == YAMLError(kind, at: Loading.point(3, 2, 11)))
        #expect(error?.diagnostic.message == "invalid YAML: did not find expected key")
        #expect(error?.diagnostic.notes == [Diagnostic.Note("while parsing a block mapping", at: Loading.point(1, 1, 0))])
    }

    @Test func unclosedQuote() {
        let error = Loading.error("a: \"abc")
        let kind = YAMLError.Kind.syntax(problem: "found unexpected end of stream", context: "while scanning a quoted scalar",
                                         contextSpan: Loading.point(1, 4, 3))
        #expect(error == YAMLError(kind, at: Loading.point(1, 8, 7)))
    }

    @Test func syntaxErrorAfterMultiByteCharacters() {
        let error = Loading.error("é: [a, b")
        #expect(error?.span == Loading.point(1, 9, 9))
        #expect(error?.kind == .syntax(problem: "did not find expected ',' or ']'", context: "while parsing a flow sequence",
                                       contextSpan: Loading.point(1, 4, 4)))
    }

    @Test func syntaxErrorAfterAByteOrderMark() {
        #expect(Loading.error("\u{FEFF}a: [")?.span.start == at(1, 5, 7))
    }

    @Test(arguments: [
        ([0xC3, 0xA9, 0x3A, 0x20, 0xFF] as [UInt8], "invalid UTF-8 byte 0xFF", 1, 4, 4),
        (Array("caf\u{E9}".unicodeScalars.map { UInt8($0.value) }) + [0x3A], "invalid UTF-8 byte 0xE9", 1, 4, 3),
        (Array("ok: ü\nbad: ".utf8) + [0xFF], "invalid UTF-8 byte 0xFF", 2, 6, 12),
        ([0x61, 0xE2, 0x82], "invalid UTF-8 byte 0xE2", 1, 2, 1),
        ([0x61, 0x80], "invalid UTF-8 byte 0x80", 1, 2, 1),
        ([0xC0, 0xAF], "invalid UTF-8 byte 0xC0", 1, 1, 0),
        ([0x61, 0xED, 0xA0, 0x80], "invalid UTF-8 byte 0xED", 1, 2, 1),
        ([0x61, 0xF4, 0x90, 0x80, 0x80], "invalid UTF-8 byte 0xF4", 1, 2, 1),
        (Array("a: b".utf8) + [0x00], "the file holds a NUL byte (0x00)", 1, 5, 4),
        (Array("a: \u{7}".utf8), "control character U+0007 is not allowed in YAML", 1, 4, 3),
        (Array("a: \u{7F}".utf8), "control character U+007F is not allowed in YAML", 1, 4, 3),
        (Array("a: \u{80}".utf8), "character U+0080 is not allowed in YAML", 1, 4, 3),
        (Array("a: \u{FFFE}".utf8), "character U+FFFE is not allowed in YAML", 1, 4, 3),
        ([0xFF, 0xFE, 0x61, 0x00], "the file is encoded as UTF-16 (little-endian), not UTF-8", 1, 1, 0),
        ([0xFE, 0xFF, 0x00, 0x61], "the file is encoded as UTF-16 (big-endian), not UTF-8", 1, 1, 0),
        ([0x61, 0x00, 0x3A, 0x00], "the file is encoded as UTF-16 (little-endian), not UTF-8", 1, 1, 0),
        ([0x00, 0x61, 0x00, 0x3A], "the file is encoded as UTF-16 (big-endian), not UTF-8", 1, 1, 0),
        ([0x61, 0x00, 0x00, 0x00], "the file is encoded as UTF-32 (little-endian), not UTF-8", 1, 1, 0),
        ([0x00, 0x00, 0xFE, 0xFF], "the file is encoded as UTF-32 (big-endian), not UTF-8", 1, 1, 0),
    ])
    func invalidEncodingAtTheBadByte(_ bytes: [UInt8], _ message: String, _ line: Int, _ column: Int, _ offset: Int) {
        let error = Loading.error(bytes: bytes)
        #expect(error == YAMLError(.invalidEncoding(message), at: Loading.point(line, column, offset)))
        #expect(error?.diagnostic.code == "yaml.encoding")
    }

    @Test func singleNulByteIsANulNotUTF16() {
        #expect(Loading.error(bytes: [0x00])?.kind == .invalidEncoding("the file holds a NUL byte (0x00)"))
    }

    @Test func validTextWithEveryAllowedKindOfCharacterLoads() throws {
        let text = "tab:\t\"a\\tb\"\nnel: \"x\u{85}y\"\nlatin: é\ncjk: 日本\nemoji: 😀\nprivate: \u{E000}\n"
        let root = try #require(try Loading.load(text))
        #expect(root.mapping?.entries.count == 6)
        #expect(root["emoji"]?.scalar?.value == "😀")
    }
}
