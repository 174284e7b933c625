@testable import NormsSource
import Testing

/// Text from policies and messages is shown escaped and cut, never raw.
@Suite struct DisplayTextTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("\u{1B}[2J", "\\e[2J"),
        ("a\r\n::error::x", "a\\r\\n::error::x"),
        ("tab\there", "tab\\there"),
        ("bell\u{7}", "bell\\u{7}"),
        ("del\u{7F}c1\u{9B}", "del\\u{7F}c1\\u{9B}"),
        ("rtl\u{202E}txt", "rtl\\u{202E}txt"),
        ("émoji 👩‍💻 ok", "émoji 👩‍💻 ok"),
    ])
    func escapesControlAndBidiCharacters(input: String, expected: String) {
        #expect(DisplayText.escaped(input) == expected)
    }

    @Test func quotingCutsLongValuesWithAnEllipsis() {
        let long = String(repeating: "x", count: 10_000)
        #expect(DisplayText.quoted(long) == String(repeating: "x", count: DisplayText.quoteLimit) + "…")
        #expect(DisplayText.quoted("short") == "short")
        #expect(DisplayText.quoted(String(repeating: "y", count: DisplayText.quoteLimit)) == String(repeating: "y", count: DisplayText.quoteLimit))
        #expect("unknown channel \(quoted: "a\nb")" == "unknown channel 'a\\nb'")
    }

    @Test func diagnosticsNeverHoldControlCharacters() {
        let diagnostic = Diagnostic(code: "x.y", message: "bad \u{1B}[31mred\r\n::error::boom", span: nil,
                                    notes: [.init("note\nline")], help: "help\u{7}")
        #expect(diagnostic.message == "bad \\e[31mred\\r\\n::error::boom")
        #expect(diagnostic.help == "help\\u{7}")
        #expect(diagnostic.notes.first?.message == "note\\nline")
        #expect(!diagnostic.description.contains("\n"))
    }

    @Test func terminalOutputKeepsLayoutAndOnlyOurColourSequences() {
        let text = "line one\n\tindented \u{1B}[1;31mred\u{1B}[0m \u{1B}[2J \r"
        #expect(DisplayText.terminalSafe(text, keepingColor: true) == "line one\n\tindented \u{1B}[1;31mred\u{1B}[0m \\e[2J \\r")
        #expect(DisplayText.terminalSafe(text, keepingColor: false) == "line one\n\tindented \\e[1;31mred\\e[0m \\e[2J \\r")
    }

    @Test(arguments: ["\u{1B}", "\u{7F}", "\u{0}", "\u{1F}", "\u{9B}", "\u{202E}", "\u{2066}"])
    func terminalOutputEscapesAControlCharacterAtAnyPlaceOfALongLine(hidden: String) {
        // Long runs of plain text are passed eight bytes at a time: a character anywhere among
        // them, at either end of a run or across two, is still found.
        let escaped = DisplayText.escaped(hidden)
        for position in 0...40 {
            let text = String(repeating: "a", count: position) + hidden + String(repeating: "z", count: 40 - position) + "\n"
            let expected = String(repeating: "a", count: position) + escaped + String(repeating: "z", count: 40 - position) + "\n"
            #expect(DisplayText.terminalSafe(text, keepingColor: false) == expected)
            #expect(DisplayText.escaped(text) == String(expected.dropLast(1)) + "\\n")
        }
        let plain = String(repeating: "~ !09AZaz", count: 20) + "\t\n"
        #expect(DisplayText.terminalSafe(plain, keepingColor: false) == plain)
    }

    @Test(arguments: ["\u{1B}", "\u{7F}", "\u{0}", "\r", "\u{9B}", "\u{202E}", "\u{2066}", "\u{1B}[31m"])
    func outputBytesAreWrittenAsTheyAreOnlyWhenNothingInThemNeedsEscaping(hidden: String) {
        func isTerminalSafe(_ text: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { DisplayText.isTerminalSafe($0) }
        }
        for position in 0...20 {
            let text = String(repeating: "a", count: position) + hidden + String(repeating: "z", count: 20 - position) + "\n"
            #expect(!isTerminalSafe(text))
        }
        // Line feeds, tabs and characters that are shown as themselves (a cut mark, accents) stay as they are.
        let plain = String(repeating: "~ !09AZaz", count: 20) + "\t\n … café ✓\n"
        #expect(isTerminalSafe(plain))
        #expect(DisplayText.terminalSafe(plain, keepingColor: true) == plain)
    }

    @Test func theRendererEscapesTheExcerptAndKeepsTheCaretUnderTheValue() {
        let source = SourceFile(path: "p.yaml", text: "name: \"\u{1B}[2J\" bad\n")
        let diagnostic = Diagnostic(code: "x.y", message: "bad", span: SourceSpan(
            file: "p.yaml", start: source.position(line: 1, column: 14), end: source.position(line: 1, column: 17)))
        let lines = DiagnosticRenderer().render(diagnostic, source: source).split(separator: "\n")
        #expect(lines[1] == #" 1 | name: "\e[2J" bad"#)
        #expect(lines[2] == "   | " + String(repeating: " ", count: 14) + "^~~")
    }

    @Test func theRendererCutsALongLineAroundTheCaret() {
        let line = String(repeating: "a", count: 5_000) + "BAD" + String(repeating: "b", count: 5_000)
        let source = SourceFile(path: "p.yaml", text: line)
        let diagnostic = Diagnostic(code: "x.y", message: "bad", span: SourceSpan(
            file: "p.yaml", start: source.position(line: 1, column: 5_001), end: source.position(line: 1, column: 5_004)))
        let lines = DiagnosticRenderer().render(diagnostic, source: source).split(separator: "\n")
        let width = DiagnosticRenderer.excerptWidth
        #expect(lines[1] == " 1 | …" + String(repeating: "a", count: width / 4) + "BAD" + String(repeating: "b", count: width - width / 4 - 3) + "…")
        #expect(lines[2] == "   | " + String(repeating: " ", count: 1 + width / 4) + "^~~")
    }
}
