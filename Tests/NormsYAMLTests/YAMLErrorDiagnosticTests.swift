import NormsSource
import NormsYAML
import Testing

/// Every error kind renders as a diagnostic with a stable code, a message in house style, a
/// position and a hint.
@Suite struct YAMLErrorDiagnosticTests {
    /// One input per error kind.
    static let failingInputs: [(code: String, text: String)] = [
        ("yaml.syntax", "a: [1, 2"),
        ("yaml.duplicate-key", "a: 1\na: 2\n"),
        ("yaml.multiple-documents", "a\n---\nb\n"),
        ("yaml.encoding", "a: \u{1}"),
        ("yaml.unknown-tag", "a: !foo x"),
        ("yaml.tag-mismatch", "a: !!int x"),
        ("yaml.unknown-alias", "a: *x"),
        ("yaml.recursive-alias", "a: &x [*x]"),
        ("yaml.invalid-merge", "<<: [1]"),
        ("yaml.too-deep", "[[[[[[[[[x]]]]]]]]]"),
        ("yaml.too-many-nodes", "[a, b, c, d, e, f, g, h, i, j]"),
        ("yaml.too-large", String(repeating: "#", count: 2000)),
    ]

    private static let limits = YAMLLimits(maxDepth: 8, maxNodes: 10, maxBytes: 1000)

    @Test(arguments: failingInputs)
    func messagesFollowTheHouseStyle(_ code: String, _ text: String) throws {
        let error = try #require(Loading.error(text, limits: Self.limits))
        let diagnostic = error.diagnostic
        #expect(diagnostic.code == code)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.span == error.span)
        #expect(diagnostic.span?.start.line ?? 0 >= 1)
        let first = try #require(diagnostic.message.unicodeScalars.first)
        #expect(!("A"..."Z").contains(first), "\(diagnostic.message)")
        #expect(!diagnostic.message.hasSuffix("."), "\(diagnostic.message)")
        #expect(diagnostic.help?.isEmpty == false)
        #expect(error.diagnostics == [diagnostic])
    }

    @Test func renderedDuplicateKey() throws {
        let source = Loading.source("a: 1\nb: 2\na: 3\n")
        let error = try #require(Loading.error("a: 1\nb: 2\na: 3\n"))
        let text = DiagnosticRenderer(useColor: false).render(error.diagnostic, source: source)
        #expect(text == """
            test.yaml:3:1: error: duplicate key 'a' [yaml.duplicate-key]
             3 | a: 3
               | ^
              note: test.yaml:1:1: 'a' is first defined here
              help: remove one of the two entries or merge them: YAML keeps only one

            """)
    }

    @Test func renderedTagMismatchUnderlinesTheNode() throws {
        let source = Loading.source("limit: !!int ten\n")
        let error = try #require(Loading.error("limit: !!int ten\n"))
        let text = DiagnosticRenderer(useColor: false).render(error.diagnostic, source: source)
        #expect(text == """
            test.yaml:1:8: error: tag '!!int' does not fit 'ten' [yaml.tag-mismatch]
             1 | limit: !!int ten
               |        ^~~~~~~~~
              help: remove the tag or change the value to match it

            """)
    }

    @Test func errorDescriptionIsTheOneLineDiagnostic() throws {
        let error = try #require(Loading.error("a: *x"))
        #expect(error.description == "test.yaml:1:4: error: alias '*x' names no anchor (define '&x' before using '*x')")
    }
}
