import NormsLint
import NormsSource
import Testing

@Suite struct LintFixerTests {
    static let text = "a: chanels   # comment\nb: 'sinc'\nc: \"asynk\"\n"
    static let source = SourceFile(path: "f.yaml", text: text)

    static func replacement(_ word: String, with text: String, length: Int? = nil) -> Diagnostic.Replacement {
        let bytes = Array(Self.text.utf8)
        let needle = Array(word.utf8)
        let start = (0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }!
        let span = SourceSpan(file: "f.yaml", start: source.position(offset: start), end: source.position(offset: start + (length ?? needle.count)))
        return Diagnostic.Replacement(span: span, text: text)
    }

    @Test("each fix replaces its bytes only; quoted words keep their quotes")
    func replacesBytes() {
        let fixes = [Self.replacement("'sinc'", with: "sync"), Self.replacement("chanels", with: "channels"),
                     Self.replacement("\"asynk\"", with: "async")]
        let (bytes, applied) = LintFixer.apply(fixes, to: Self.source.bytes)
        #expect(applied == 3)
        #expect(String(decoding: bytes, as: UTF8.self) == "a: channels   # comment\nb: 'sync'\nc: \"async\"\n")
    }

    @Test("of two overlapping fixes the first is applied; the other waits for the next run")
    func overlapping() {
        let fixes = [Self.replacement("chanels", with: "channels"), Self.replacement("anels", with: "x")]
        let (bytes, applied) = LintFixer.apply(fixes, to: Self.source.bytes)
        #expect(applied == 1)
        #expect(String(decoding: bytes, as: UTF8.self) == Self.text.replacingOccurrences(of: "chanels", with: "channels"))
    }

    /// Fixes on a text of their own: each `(word, replacement)` replaces the first occurrence.
    static func fixed(_ text: String, _ edits: [(String, String)]) -> (text: String, applied: Int, keepsShape: Bool) {
        let source = SourceFile(path: "f.yaml", text: text)
        let bytes = Array(text.utf8)
        let fixes = edits.map { word, replacement in
            let needle = Array(word.utf8)
            let start = (0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }!
            return Diagnostic.Replacement(span: SourceSpan(file: "f.yaml", start: source.position(offset: start),
                                                           end: source.position(offset: start + needle.count)), text: replacement)
        }
        let result = LintFixer.apply(fixes, to: bytes)
        return (String(decoding: result.bytes, as: UTF8.self), result.applied, LintFixer.keepsShape(bytes, result.bytes, path: "f.yaml"))
    }

    @Test("a plain word whose replacement would not read back as itself is double-quoted", arguments: [
        ("to: [ana#1, ben]\n", "ana#1", "ana #1", "to: [\"ana #1\", ben]\n"),
        ("backup: ana#1\n", "ana#1", "ana #1", "backup: \"ana #1\"\n"),
        ("to: [bne]\n", "bne", "a, b", "to: [\"a, b\"]\n"),
        ("mode: ture\n", "ture", "true", "mode: \"true\"\n"),
        ("id: x12\n", "x12", "12", "id: \"12\"\n"),
        ("name: x\"y\n", "x\"y", "say \"hi\"", "name: \"say \\\"hi\\\"\"\n"),
        ("mode: asynk\n", "asynk", "async", "mode: async\n"),
        ("to: [marcuss]\n", "marcuss", "marcus-2.b", "to: [marcus-2.b]\n"),
    ])
    func quotesWhenNeeded(text: String, word: String, replacement: String, expected: String) {
        let result = Self.fixed(text, [(word, replacement)])
        #expect(result.text == expected)
        #expect(result.applied == 1)
        #expect(result.keepsShape, "\(result.text)")
    }

    @Test("a node written with an anchor, an alias or a tag is left alone", arguments: [
        "a: &m asynk\nb: *m\n", "a: !!str asynk\n", "a: &m asynk\n",
    ])
    func propertiesAreKept(text: String) {
        let word = text.contains("!!") ? "!!str asynk" : "&m asynk"
        let result = Self.fixed(text, [(word, "async")])
        #expect(result.applied == 0)
        #expect(result.text == text)
        #expect(Self.fixed("a: &m asynk\nb: *m\n", [("*m", "async")]).applied == 0)
    }

    @Test("the backstop rejects a result that no longer reads as the same structure")
    func backstop() {
        let same = Array("a: {b: 1}\n".utf8)
        #expect(LintFixer.keepsShape(same, Array("a: {c: 2}\n".utf8), path: "f.yaml"))
        #expect(!LintFixer.keepsShape(same, Array("a: {b: 1, c: 2}\n".utf8), path: "f.yaml"))
        #expect(!LintFixer.keepsShape(same, Array("a: [b]\n".utf8), path: "f.yaml"))
        #expect(!LintFixer.keepsShape(same, Array("a: {b: 1\n".utf8), path: "f.yaml"))
        // A renamed key that repeats another is a duplicate key: the text no longer loads.
        #expect(!LintFixer.keepsShape(Array("a: 1\nb: 2\n".utf8), Array("a: 1\na: 2\n".utf8), path: "f.yaml"))
    }
}
