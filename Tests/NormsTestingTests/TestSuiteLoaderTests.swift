import NormsSource
import NormsTestSupport
import NormsTesting
import Testing

@Suite("Test files: keys, values and positions")
struct TestSuiteLoaderTests {
    private func problems(_ marked: String) -> (diagnostics: [Diagnostic], markers: [SourcePosition]) {
        let source = MarkedSource(marked)
        do {
            _ = try TestSuiteLoader().load(source.sourceFile(path: "t.test.yaml"))
            return ([], source.markers)
        } catch {
            return (error.diagnostics, source.markers)
        }
    }

    private let message = "{channel: chat, from: alice, to: [bob], sent_at: 2026-11-25T10:00:00Z}"

    @Test func readsEveryKey() throws {
        let text = """
            policy: ../policies/small.yaml
            description: the small team
            cases:
              - name: one
                note: why
                message: \(message)
                expect:
                  policy: Small Team
                  level: normal
                  needs_immediate_reply: false
                  allowed: true
                  violations: []
                  rules: [a]
                  recipients:
                    bob:
                      timezone: America/New_York
                      local_time: 2026-11-25T05:00:00-05:00
                      state: after_hours
                      reply_within: 4bh
                      deadline: null
                      notify: none
                      notify_at: null
                      escalation: {at: 2026-11-25T12:00:00Z, via: phone, to: null}
                      rules: []
            """
        let suite = try TestSuiteLoader().load(SourceFile(path: "tests/t.test.yaml", text: text))
        #expect(suite.policyPath == "policies/small.yaml")
        #expect(suite.description == "the small team")
        #expect(suite.cases.count == 1)
        #expect(suite.cases[0].note == "why")
        #expect(suite.cases[0].location == "tests/t.test.yaml:4")
        guard case .decision(let fields) = suite.cases[0].expectation else {
            Issue.record("expected decision fields")
            return
        }
        #expect(fields.map(\.field.description) == [
            "policy", "level", "needs_immediate_reply", "allowed", "violations", "rules",
            "recipients.bob.timezone", "recipients.bob.local_time", "recipients.bob.state", "recipients.bob.reply_within",
            "recipients.bob.deadline", "recipients.bob.notify", "recipients.bob.notify_at", "recipients.bob.escalation",
            "recipients.bob.rules",
        ])
    }

    @Test func misspeltExpectKeyIsAnErrorWithDidYouMean() {
        let (diagnostics, markers) = problems("""
            policy: p.yaml
            cases:
              - name: one
                message: \(message)
                expect: {↓levle: urgent}
            """)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.code == "test.unknown-expect-field")
        #expect(diagnostics.first?.message == "'levle' is not a field of a decision")
        #expect(diagnostics.first?.help == "did you mean 'level'?")
        #expect(diagnostics.first?.span?.start == markers[0])
    }

    @Test func recipientFieldAtTheTopLevelPointsToRecipients() {
        let (diagnostics, _) = problems("""
            policy: p.yaml
            cases:
              - name: one
                message: \(message)
                expect: {deadlin: 2026-11-25T10:00:00Z}
            """)
        #expect(diagnostics.first?.help?.hasPrefix("did you mean 'deadline'? (a recipient's fields go under") == true)
    }

    @Test func misspeltRecipientFieldAndCaseAndFileKeys() {
        let (diagnostics, markers) = problems("""
            policy: p.yaml
            ↓casess: []
            cases:
              - name: one
                ↓mesage: \(message)
                message: \(message)
                expect: {recipients: {bob: {↓notfy: now}}}
            """)
        #expect(diagnostics.map(\.code) == ["test.unknown-key", "test.unknown-key", "test.unknown-expect-field"])
        #expect(diagnostics.map(\.help) == ["did you mean 'cases'?", "did you mean 'message'?", "did you mean 'notify'?"])
        #expect(diagnostics.compactMap(\.span?.start) == markers)
    }

    @Test func unknownKeyInsideTheMessageIsAnErrorOfTheFile() {
        let (diagnostics, markers) = problems("""
            policy: p.yaml
            cases:
              - name: one
                message: {channel: chat, from: alice, to: [bob], ↓sentat: 2026-11-25T10:00:00Z}
                expect: {}
            """)
        #expect(diagnostics.contains { $0.code == "message.unknown-key" && $0.span?.start == markers[0] && $0.help == "did you mean 'sent_at'?" })
    }

    @Test func badValuesAreErrorsAtTheirPosition() {
        let (diagnostics, markers) = problems("""
            policy: p.yaml
            cases:
              - name: one
                message: \(message)
                expect:
                  allowed: ↓yes
                  recipients:
                    bob: {state: ↓focsu, reply_within: ↓soon, deadline: ↓2026-11-25T10:00, notify: ↓nwo, escalation: {↓by: phone}}
            """)
        #expect(diagnostics.compactMap(\.span?.start) == markers)
        #expect(diagnostics.map(\.code) == [
            "test.wrong-type", "test.invalid-value", "test.invalid-value", "test.invalid-value", "test.invalid-value", "test.unknown-key",
        ])
        #expect(diagnostics[1].help == "did you mean 'focus'?")
        #expect(diagnostics[4].help == "did you mean 'now'?")
    }

    /// No policy can hold `EST` or `UTC+1`, so a case expecting one could never pass: it is an
    /// error of the file, with the region ids to write; an alias, which a policy may hold, is read.
    @Test func expectedTimezonesAreRegionIDs() {
        let (diagnostics, markers) = problems("""
            policy: p.yaml
            cases:
              - name: one
                message: \(message)
                expect:
                  recipients:
                    bob: {timezone: ↓EST}
                    carol: {timezone: ↓UTC+1}
                    dan: {timezone: ↓Europe/Berln}
                    erin: {timezone: US/Eastern}
            """)
        #expect(diagnostics.map(\.code) == ["test.invalid-value", "test.invalid-value", "test.invalid-value"])
        #expect(diagnostics.compactMap(\.span?.start) == markers)
        #expect(diagnostics.map(\.message) == [
            "time zone 'EST' is an abbreviation, not a region id", "time zone 'UTC+1' is a fixed offset, not a region id",
            "unknown time zone 'Europe/Berln'",
        ])
        #expect(diagnostics[0].help?.hasSuffix("'America/New_York', 'America/Toronto', 'America/Detroit' or 'America/Panama'") == true)
        #expect(diagnostics[2].help == "did you mean 'Europe/Berlin'?")
    }

    @Test func errorCannotBeCombinedWithDecisionFields() {
        let (diagnostics, markers) = problems("""
            policy: p.yaml
            cases:
              - name: one
                message: \(message)
                expect: {↓error: true, level: urgent}
            """)
        #expect(diagnostics.map(\.code) == ["test.invalid-value"])
        #expect(diagnostics.first?.span?.start == markers[0])
    }

    @Test func missingKeysEmptyCasesAndDuplicateNames() {
        let (missing, _) = problems("cases:\n  - {name: one, expect: {}}\n")
        #expect(Set(missing.map(\.message)) == ["missing key 'policy' in the test file", "missing key 'message' in 'cases[1]'"])
        let (empty, _) = problems("policy: p.yaml\ncases: []\n")
        #expect(empty.map(\.code) == ["test.no-tests"])
        let (duplicate, markers) = problems("""
            policy: p.yaml
            cases:
              - {name: same, message: \(message), expect: {}}
              - ↓{name: same, message: \(message), expect: {}}
            """)
        #expect(duplicate.map(\.code) == ["test.duplicate-case"])
        #expect(duplicate.first?.span?.start == markers[0])
    }

    @Test func notYAMLIsAPositionedError() {
        let (diagnostics, _) = problems("policy: [unclosed\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.span?.start.line ?? 0 >= 1)
    }
}
