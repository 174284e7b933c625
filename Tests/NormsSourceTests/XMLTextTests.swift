import NormsSource
import Testing

/// The one XML escaper, behind the JUnit reports of `norms lint` and `norms test`.
@Suite struct XMLTextTests {
    @Test func attributesKeepLineBreaksAndQuotesAndLoseControlCharacters() {
        #expect(XMLText.escape("a<b>&\"c\"'d'\u{1}\n") == "a&lt;b&gt;&amp;&quot;c&quot;'d'\u{FFFD}&#10;")
        #expect(XMLText.escape("\"a\"\n\t", inAttribute: false) == "\"a\"\n\t")
    }

    /// Escaping works on Unicode scalars: a `<` followed by a combining mark is still a `<` to an
    /// XML parser.
    @Test func specialCharactersFollowedByACombiningMarkAreEscaped() {
        #expect(XMLText.escape("<\u{301}a \"\u{301}&\u{301}>") == "&lt;\u{301}a &quot;\u{301}&amp;\u{301}&gt;")
    }
}
