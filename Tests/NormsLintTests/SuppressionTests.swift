import NormsLint
import NormsSource
import NormsTestSupport
import Testing

@Suite struct SuppressionTests {
    /// A policy whose chat channel expects a reply sooner than `immediate` (a warning on line 5).
    private func policy(chatLine: String, lint: String = "") -> String {
        """
        norms: 1
        name: Example
        timezone: Europe/Berlin
        channels:
          \(chatLine)
          phone: {mode: sync, reply_within: immediate, min_level: urgent}
        rules:
          - id: urgent-breaks-through
            when: {level: urgent}
            then: {breaks_through: [after_hours, focus]}
        \(lint)
        """
    }

    @Test func aCommentSuppressesTheRuleOnItsLine() {
        let plain = LintTesting.lint(policy(chatLine: "chat: {mode: async, reply_within: 10m}")).findings
        #expect(plain.map(\.ruleID) == ["immediate-window-too-long"])
        let suppressed = LintTesting.lint(policy(chatLine: "chat: {mode: async, reply_within: 10m}  # norms:disable immediate-window-too-long")).findings
        #expect(suppressed.isEmpty)
    }

    @Test func aCommentNamesSeveralRulesSeparatedByCommas() {
        let text = policy(chatLine: "chat: {mode: async, reply_within: 10m}  #norms:disable mixed-clocks, immediate-window-too-long")
        #expect(LintTesting.lint(text).findings.isEmpty)
    }

    @Test func aReasonMayFollowASecondHash() {
        let text = policy(chatLine: "chat: {mode: async, reply_within: 10m}  # norms:disable immediate-window-too-long # agreed with the team")
        #expect(LintTesting.lint(text).findings.isEmpty)
    }

    @Test func aCommentForAnotherRuleSuppressesNothing() {
        let text = policy(chatLine: "chat: {mode: async, reply_within: 10m}  # norms:disable mixed-clocks")
        #expect(LintTesting.lint(text).findings.map(\.ruleID) == ["immediate-window-too-long"])
    }

    @Test func aCommentAtTheEndOfAnotherLineSuppressesNothing() {
        let text = policy(chatLine: "email: {mode: async}  # norms:disable immediate-window-too-long\n  chat: {mode: async, reply_within: 10m}")
        #expect(LintTesting.lint(text).findings.map(\.ruleID) == ["immediate-window-too-long"])
    }

    @Test func aCommentAloneOnItsLineStartsARegionToTheEnd() {
        let text = policy(chatLine: "# norms:disable immediate-window-too-long\n  chat: {mode: async, reply_within: 10m}")
        #expect(LintTesting.lint(text).findings.isEmpty)
    }

    @Test func enableEndsTheRegion() {
        let text = policy(chatLine: "# norms:disable immediate-window-too-long\n  # norms:enable immediate-window-too-long\n  chat: {mode: async, reply_within: 10m}")
        #expect(LintTesting.lint(text).findings.map(\.ruleID) == ["immediate-window-too-long"])
    }

    @Test func disableNextLineSuppressesTheNextLineOnly() {
        let next = policy(chatLine: "# norms:disable-next-line immediate-window-too-long\n  chat: {mode: async, reply_within: 10m}")
        #expect(LintTesting.lint(next).findings.isEmpty)
        let farther = policy(chatLine: "# norms:disable-next-line immediate-window-too-long\n\n  chat: {mode: async, reply_within: 10m}")
        #expect(LintTesting.lint(farther).findings.map(\.ruleID) == ["immediate-window-too-long"])
    }

    @Test func anUnknownRuleInANextLineOrEnableCommentIsAFinding() {
        let text = policy(chatLine: "# norms:disable-next-line immediate-window-too-lng\n  chat: {mode: async, reply_within: 10m}  # norms:enable mixed-clock")
        let findings = LintTesting.lint(text).findings.filter { $0.ruleID == "unknown-lint-rule" }
        #expect(findings.map(\.message) == ["unknown lint rule 'immediate-window-too-lng' in a norms:disable-next-line comment",
                                            "unknown lint rule 'mixed-clock' in a norms:enable comment"])
    }

    @Test func theMarkerInsideAStringIsNotAComment() {
        let text = policy(chatLine: "chat: {mode: async, reply_within: 10m, description: \"# norms:disable immediate-window-too-long\"}")
        #expect(LintTesting.lint(text).findings.map(\.ruleID) == ["immediate-window-too-long"])
    }

    @Test func lintDisableTurnsARuleOffForThePolicy() {
        let text = policy(chatLine: "chat: {mode: async, reply_within: 10m}", lint: "lint: {disable: [immediate-window-too-long]}")
        #expect(LintTesting.lint(text).findings.isEmpty)
    }

    @Test func lintSeverityChangesTheSeverity() {
        let text = policy(chatLine: "chat: {mode: async, reply_within: 10m}", lint: "lint: {severity: {immediate-window-too-long: error}}")
        let findings = LintTesting.lint(text).findings
        #expect(findings.map(\.ruleID) == ["immediate-window-too-long"])
        #expect(findings.map(\.severity) == [.error])
    }

    @Test func lintSettingsApplyToLoaderProblemsToo() {
        let text = policy(chatLine: "chat: {mode: async, reply_whithin: 4h}", lint: "lint: {severity: {unknown-key: warning}}")
        let findings = LintTesting.lint(text).findings
        #expect(findings.map(\.ruleID) == ["unknown-key"])
        #expect(findings.map(\.severity) == [.warning])
    }

    @Test func unknownIDsAreFindingsWithASuggestion() {
        let text = policy(chatLine: "chat: {mode: async}  # norms:disable mixd-clocks",
                          lint: "lint: {disable: [shadowed-rules], severity: {expird-rule: info}}")
        let findings = LintTesting.lint(text).findings.filter { $0.ruleID == "unknown-lint-rule" }
        #expect(findings.map(\.help) == [
            "did you mean 'mixed-clocks'?", "did you mean 'shadowed-rule'?", "did you mean 'expired-rule'?",
        ])
    }

    @Test func commentsAreFoundWithTheirColumns() {
        let source = MarkedSource("a: 1  # norms:disable ↓one,↓two  ↓three # not: this")
        let comments = SuppressionComment.scan(source.sourceFile())
        #expect(comments.map(\.ruleID) == ["one", "two", "three"])
        #expect(comments.map(\.span.start) == source.markers)
    }

    @Test func aQuotedHashIsNotAComment() {
        let comments = SuppressionComment.scan(SourceFile(path: "a.yaml", text: "a: 'it''s # norms:disable x'\nb: \"# norms:disable y\""))
        #expect(comments.isEmpty)
    }
}
