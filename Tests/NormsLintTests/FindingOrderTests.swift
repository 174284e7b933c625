@testable import NormsLint
import NormsSource
import Testing

/// A run's findings come sorted by file, line, column, rule and message, each once.
@Suite struct FindingOrderTests {
    private func finding(_ file: String, _ line: Int, _ column: Int, _ rule: String, _ message: String, help: String? = nil) -> Finding {
        let position = SourcePosition(line: line, column: column, offset: 0)
        return Finding(ruleID: rule, severity: .warning, message: message, span: SourceSpan(file: file, at: position), help: help)
    }

    @Test func sortedByPlaceThenRuleThenMessage() {
        let findings = [
            finding("b.yaml", 1, 1, "a-rule", "m"),
            finding("a.yaml", 10, 1, "a-rule", "m"),
            finding("a.yaml", 9, 5, "z-rule", "m"),
            finding("a.yaml", 9, 5, "a-rule", "y"),
            finding("a.yaml", 9, 5, "a-rule", "x"),
            finding("a.yaml", 9, 2, "z-rule", "m"),
        ]
        let sorted = Linter.sortedOnce(findings)
        #expect(sorted.map { "\($0.span.file):\($0.span.start.line):\($0.span.start.column) \($0.ruleID) \($0.message)" } == [
            "a.yaml:9:2 z-rule m", "a.yaml:9:5 a-rule x", "a.yaml:9:5 a-rule y", "a.yaml:9:5 z-rule m", "a.yaml:10:1 a-rule m",
            "b.yaml:1:1 a-rule m",
        ])
    }

    @Test func aFindingTwoPoliciesShareComesOnceAndTheFirstOfTiesStaysFirst() {
        // Same place, rule and message: equal findings are one; ones that differ in their help are
        // both kept, in the order they were found.
        let first = finding("base.yaml", 3, 1, "r", "m", help: "first")
        let second = finding("base.yaml", 3, 1, "r", "m", help: "second")
        let sorted = Linter.sortedOnce([second, first, finding("base.yaml", 2, 1, "r", "m"), second, first, second])
        #expect(sorted.map(\.help) == [nil, "second", "first"])
    }
}
