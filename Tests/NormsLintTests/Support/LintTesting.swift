import NormsLint
import NormsPolicy
import NormsSource
import NormsTestSupport
import Testing

/// Helpers shared by the lint tests.
enum LintTesting {
    /// The date the tests lint on, so that `expires` checks never depend on the day they run.
    static let today = LocalDate(year: 2026, month: 6, day: 1)!

    static let linter = Linter(today: today)

    /// Lints a policy text written with `↓` markers; returns the findings and the marker positions.
    static func lint(_ marked: String, path: String = "example.yaml") -> (findings: [Finding], markers: [SourcePosition]) {
        let source = MarkedSource(marked)
        return (linter.lint(source: source.sourceFile(path: path)), source.markers)
    }

    /// The findings of one rule, for a policy text (markers are removed).
    static func findings(_ ruleID: String, in marked: String) -> [Finding] {
        lint(marked).findings.filter { $0.ruleID == ruleID }
    }

    /// `line:column` of each position, sorted, for comparisons that print well.
    static func places(_ positions: [SourcePosition]) -> [String] {
        positions.sorted().map { "\($0.line):\($0.column)" }
    }

    /// A small valid policy's first lines, for tests that add to it.
    static let header = """
        norms: 1
        name: Example
        timezone: Europe/Berlin
        """
}

/// A registered rule as a test argument, named by its id.
struct RuleCase: Sendable, CustomTestStringConvertible {
    let rule: any LintRule.Type

    var description: RuleDescription { rule.description }
    var testDescription: String { rule.description.id }

    static let all = LintRuleRegistry.rules.map(RuleCase.init)
}
