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
}
