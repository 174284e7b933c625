import NormsLint
import NormsPolicy
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

    /// `norms check` cannot load a policy with a loader error, so lint must not pass it either.
    @Test("the loader's errors cannot be suppressed, disabled or lowered", arguments: [
        ("chat: {mode: async, reply_whithin: 4h}", "lint: {severity: {unknown-key: warning}}"),
        ("chat: {mode: async, reply_whithin: 4h}", "lint: {severity: {unknown-key: info}}"),
        ("chat: {mode: async, reply_whithin: 4h}", "lint: {disable: [unknown-key]}"),
        ("chat: {mode: async, reply_whithin: 4h}  # norms:disable unknown-key", ""),
        ("# norms:disable-next-line unknown-key\n  chat: {mode: async, reply_whithin: 4h}", ""),
        ("# norms:disable unknown-key\n  chat: {mode: async, reply_whithin: 4h}", ""),
    ])
    func loaderErrorsStay(chatLine: String, lint: String) {
        let findings = LintTesting.lint(policy(chatLine: chatLine, lint: lint)).findings
        #expect(findings.map(\.ruleID) == ["unknown-key"])
        #expect(findings.map(\.severity) == [.error])
    }

    @Test func projectSettingsCannotDisableTheLoadersErrorsEither() {
        var disabling = LintSettings()
        disabling.disabled = [Located("unknown-key", at: SourceSpan(file: ".norms.yaml", at: SourcePosition(line: 1, column: 1, offset: 0)))]
        let linter = Linter(today: LintTesting.today, projectSettings: disabling)
        let findings = linter.lint(source: SourceFile(path: "p.yaml", text: policy(chatLine: "chat: {mode: async, reply_whithin: 4h}")))
        #expect(findings.map(\.ruleID) == ["unknown-key"])
        #expect(findings.map(\.severity) == [.error])
    }

    @Test func aLoaderWarningCanStillBeLowered() {
        let text = policy(chatLine: "chat: {mode: async, reply_within: 10m}", lint: "lint: {severity: {immediate-window-too-long: info}}")
        #expect(LintTesting.lint(text).findings.map(\.severity) == [.info])
    }

    @Test("a comment-looking line inside a block scalar is text, not a suppression")
    func blockScalarsHoldNoComments() {
        for indicator in ["|", ">-"] {
            let text = policy(chatLine: """
                email:
                    mode: async
                    description: \(indicator)   # norms:disable mixed-clocks
                      # norms:disable immediate-window-too-long
                      # norms:disable-next-line immediate-window-too-long
                  chat: {mode: async, reply_within: 10m}
                """)
            #expect(LintTesting.lint(text).findings.map(\.ruleID) == ["immediate-window-too-long"], "\(indicator)")
            // The comment after the block's header is a comment.
            let comments = SuppressionComment.scan(SourceFile(path: "p.yaml", text: text))
            #expect(comments.map(\.ruleID) == ["mixed-clocks"], "\(indicator)")
            // The line after the block is YAML again: its comment suppresses.
            let after = text.replacingOccurrences(of: "reply_within: 10m}", with: "reply_within: 10m}  # norms:disable immediate-window-too-long")
            #expect(LintTesting.lint(after).findings.isEmpty, "\(indicator)")
        }
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
