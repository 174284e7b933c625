@testable import NormsReporting
import NormsLint
import NormsSource
import Testing

/// Escapers work on Unicode scalars, as the parsers of their formats read text: a special
/// character followed by a combining mark is one Swift `Character` that equals no special
/// character, yet a browser, a Markdown renderer or an XML parser still sees it.
@Suite struct EscapingTests {
    // MARK: - HTML

    @Test func htmlEscapesASpecialCharacterFollowedByACombiningMark() {
        let html = HTMLCharterRenderer()
        #expect(html.escape("<\u{301}script>") == "&lt;\u{301}script&gt;")
        #expect(html.escape("\"\u{301} onmouseover=x") == "&quot;\u{301} onmouseover=x")
        #expect(html.escape("'\u{301}") == "&#39;\u{301}")
        #expect(html.escape("&\u{301}amp;") == "&amp;\u{301}amp;")
        #expect(html.escape("plain é text") == "plain é text")
    }

    @Test func anHTMLCharterNeverHoldsARawTagFromThePolicy() {
        let page = HTMLCharterRenderer().render(CharterDocument(
            title: "<\u{301}script>alert(1)</\u{301}script>",
            blocks: [.heading(level: 2, text: "x", anchor: "a\"\u{301} onclick=\"b"), .paragraph([.text("<\u{301}img src=x>")])]))
        #expect(!page.contains("<\u{301}"))
        #expect(page.contains("&lt;\u{301}script&gt;alert(1)&lt;/\u{301}script&gt;"))
        #expect(page.contains("id=\"a&quot;\u{301} onclick=&quot;b\""))
    }

    // MARK: - Markdown

    @Test func markdownEscapesASpecialCharacterFollowedByACombiningMark() {
        let markdown = MarkdownCharterRenderer()
        #expect(markdown.escape("*\u{301}bold*\u{301}") == "\\*\u{301}bold\\*\u{301}")
        #expect(markdown.escape("[\u{301}link](x)") == "\\[\u{301}link\\](x)")
        #expect(markdown.escape("<\u{301}b>") == "\\<\u{301}b\\>")
    }

    @Test func markdownFoldsACRLFLineBreakIntoOneSpace() {
        // "\r\n" is one Swift Character, equal neither to "\r" nor to "\n".
        #expect(MarkdownCharterRenderer().escape("first\r\nsecond") == "first second")
        #expect(MarkdownCharterRenderer().escape("\nfirst\n\r\nsecond\n") == "first second")
    }

    @Test func markdownCodeSpansCountBackticksFollowedByACombiningMark() {
        let document = CharterDocument(title: "T", blocks: [
            .paragraph([.code("`\u{301}x")]),
            .table(header: ["a"], rows: [[[.code("|\u{301}")]]]),
        ])
        #expect(MarkdownCharterRenderer().render(document) == "# T\n\n`` `\u{301}x ``\n\n| a |\n|---|\n| `\\|\u{301}` |\n")
    }

    // MARK: - Lint reports

    @Test func gitHubEscapesByScalarToo() {
        #expect(GitHubActionsLintReporter.escapeProperty(",\u{301}:\u{301}") == "%2C\u{301}%3A\u{301}")
        #expect(GitHubActionsLintReporter.escapeData("%\u{301}") == "%25\u{301}")
    }
}
