@testable import NormsTesting
import Testing

@Suite struct XMLTextTests {
    /// Escaping works on Unicode scalars: a `<` followed by a combining mark is still a `<` to an
    /// XML parser.
    @Test func specialCharactersFollowedByACombiningMarkAreEscaped() {
        #expect(XMLText.escape("<\u{301}a \"\u{301}'\u{301}&\u{301}>") == "&lt;\u{301}a &quot;\u{301}&apos;\u{301}&amp;\u{301}&gt;")
    }
}
