import NormsLint
import NormsSource
import NormsTestSupport
import Testing

/// Every registered rule's examples are its tests: each triggering example yields a finding of
/// the rule exactly at each `↓`, and each non-triggering example yields none.
@Suite struct RuleExamplesTests {
    @Test(arguments: RuleCase.all)
    func examples(_ rule: RuleCase) {
        let description = rule.description
        #expect(!description.triggering.isEmpty, "\(description.id) has no triggering example")
        #expect(!description.nonTriggering.isEmpty, "\(description.id) has no non-triggering example")
        for example in description.triggering {
            let (findings, markers) = LintTesting.lint(example.code)
            let found = findings.filter { $0.ruleID == description.id }
            let expected = LintTesting.places(markers)
            let actual = LintTesting.places(found.map(\.span.start))
            if markers.isEmpty {
                Issue.record("a triggering example of '\(description.id)' has no ↓ marker", sourceLocation: location(of: example))
            } else if expected != actual {
                Issue.record("""
                    '\(description.id)' should report at \(expected), reported at \(actual)
                    \(found.map(\.description).joined(separator: "\n"))
                    all findings:
                    \(findings.map(\.description).joined(separator: "\n"))
                    """, sourceLocation: location(of: example))
            }
        }
        for example in description.nonTriggering {
            let (findings, markers) = LintTesting.lint(example.code)
            let found = findings.filter { $0.ruleID == description.id }
            if !markers.isEmpty {
                Issue.record("a non-triggering example of '\(description.id)' has a ↓ marker", sourceLocation: location(of: example))
            }
            if !found.isEmpty {
                Issue.record("""
                    '\(description.id)' should not report here, but reported:
                    \(found.map(\.description).joined(separator: "\n"))
                    """, sourceLocation: location(of: example))
            }
        }
    }

    @Test(arguments: RuleCase.all)
    func nonTriggeringExamplesLoadCleanly(_ rule: RuleCase) {
        for example in rule.description.nonTriggering {
            let errors = LintTesting.lint(example.code).findings.filter { finding in
                LintRuleRegistry.rule(id: finding.ruleID) is any LoaderDiagnosticRule.Type
            }
            if !errors.isEmpty {
                Issue.record("""
                    a non-triggering example of '\(rule.description.id)' should load without a problem, but:
                    \(errors.map(\.description).joined(separator: "\n"))
                    """, sourceLocation: location(of: example))
            }
        }
    }

    private func location(of example: Example) -> SourceLocation {
        SourceLocation(fileID: example.file, filePath: example.filePath, line: example.line, column: 1)
    }
}
