@testable import NormsSource
import Testing

/// Compiler-style rendering: `file:line:col: severity: message [code]`, the source line, a caret.
@Suite struct DiagnosticRendererTests {
    private let source = SourceFile(path: "policies/acme.yaml", text: "channels:\n  emial: {mode: async}\n")

    private var diagnostic: Diagnostic {
        let start = source.position(line: 2, column: 3)
        let end = source.position(line: 2, column: 8)
        return Diagnostic(code: "policy.unknown-channel", message: "unknown channel 'emial'",
                          span: SourceSpan(file: source.path, start: start, end: end),
                          notes: [.init("channels are declared here", at: SourceSpan(file: source.path, at: source.position(offset: 0)))],
                          help: "did you mean 'email'?")
    }

    @Test func plainRendering() {
        let text = DiagnosticRenderer(useColor: false).render(diagnostic, source: source)
        #expect(text == """
            policies/acme.yaml:2:3: error: unknown channel 'emial' [policy.unknown-channel]
             2 |   emial: {mode: async}
               |   ^~~~~
              note: policies/acme.yaml:1:1: channels are declared here
              help: did you mean 'email'?

            """)
        #expect(!text.contains("\u{1B}"))
    }

    @Test func colourOnlyWhenAskedFor() {
        let text = DiagnosticRenderer(useColor: true).render(diagnostic, source: source)
        #expect(text.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(text.contains("\u{1B}[1;31m^~~~~\u{1B}[0m"))
    }

    @Test func withoutASourceOnlyTheHeadlineAndHints() {
        let text = DiagnosticRenderer().render(diagnostic, source: nil)
        #expect(text.hasPrefix("policies/acme.yaml:2:3: error: unknown channel 'emial' [policy.unknown-channel]\n  note:"))
    }

    @Test func withoutASpanNoLocation() {
        let text = DiagnosticRenderer().render(Diagnostic(code: "io.unreadable", severity: .warning, message: "cannot read 'x'", span: nil),
                                               source: nil)
        #expect(text == "warning: cannot read 'x' [io.unreadable]\n")
    }

    @Test func caretLinesUpUnderTabsAndWideCharacters() {
        let tabbed = SourceFile(path: "t.yaml", text: "\tké: x\n")
        let span = SourceSpan(file: "t.yaml", start: tabbed.position(line: 1, column: 6), end: tabbed.position(line: 1, column: 7))
        let text = DiagnosticRenderer().render(Diagnostic(code: "c", message: "m", span: span), source: tabbed)
        #expect(text == "t.yaml:1:6: error: m [c]\n 1 | \tké: x\n   | \t    ^\n")
    }

    @Test func caretOfAMultiLineSpanIsOneCharacter() {
        let span = SourceSpan(file: source.path, start: source.position(line: 1, column: 1), end: source.position(line: 2, column: 3))
        let text = DiagnosticRenderer().render(Diagnostic(code: "c", message: "m", span: span), source: source)
        #expect(text.hasSuffix(" 1 | channels:\n   | ^\n"))
    }

    @Test func severalDiagnosticsReadEachFileOnce() {
        var reads = 0
        let text = DiagnosticRenderer().render([diagnostic, diagnostic]) { path in
            reads += 1
            return path == source.path ? source : nil
        }
        #expect(reads == 1)
        #expect(text.components(separatedBy: "[policy.unknown-channel]").count == 3)
    }

    @Test func noColourWhenNoColorIsSetOrTheTerminalIsDumb() {
        #expect(!DiagnosticRenderer.shouldUseColor(fileDescriptor: 1, environment: ["NO_COLOR": "1"]))
        #expect(!DiagnosticRenderer.shouldUseColor(fileDescriptor: 1, environment: ["TERM": "dumb"]))
        #expect(!DiagnosticRenderer.shouldUseColor(fileDescriptor: -1, environment: [:]))
    }

    @Test func oneLineDescription() {
        #expect(diagnostic.description == "policies/acme.yaml:2:3: error: unknown channel 'emial' (did you mean 'email'?)")
    }

    @Test(arguments: [
        (0, "0"), (7, "7"), (9, "9"), (10, "10"), (99, "99"), (100, "100"), (1_234, "1234"), (1_000_000, "1000000"),
        (Int.max, "9223372036854775807"), (-1, "-1"), (-120, "-120"),
    ])
    func aNumberIsWrittenAsItsDecimalText(number: Int, text: String) {
        var output: [UInt8] = Array("at ".utf8)
        DiagnosticRenderer.appendDecimal(number, to: &output)
        #expect(String(decoding: output, as: UTF8.self) == "at " + text)
    }
}
