@testable import NormsLint
import Testing

@Suite struct RulesDocumentationEscapingTests {
    /// A `|` followed by a combining mark is one Swift `Character`, but still ends a table cell.
    @Test func tableCellsEscapeEveryBar() {
        #expect(RulesDocumentation.escapeTableCell("a|b") == "a\\|b")
        #expect(RulesDocumentation.escapeTableCell("a|\u{301}b") == "a\\|\u{301}b")
    }
}
