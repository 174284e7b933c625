import NormsEngine
import NormsPolicy
import NormsSource
import Testing

/// Step 4: channel constraints and rule violations, and `allowed`.
@Suite("Violations")
struct ViolationTests {
    static func violationRule(_ id: String, when: String = "{channel: chat}", extra: String = "", mode: String = "enforce") -> String {
        """
          - id: \(id)
            when: \(when)
            then: {violation: "\(id) says no"\(extra)}
            mode: \(mode)
        """
    }

    @Test func minLevelOfAChannel() throws {
        // phone is for urgent; a normal call breaks `channel.phone.min_level`, an error.
        let decision = try EvalPolicy.decide(EvalPolicy.message(channel: "phone"))
        #expect(decision.violations.map(\.rule) == ["channel.phone.min_level"])
        let violation = try #require(decision.violations.first)
        #expect(violation.severity == .error)
        #expect(violation.suggest == "chat")
        // line 8 of EvalPolicy.yaml, `urgent` after "  phone: {mode: sync, reply_within: immediate, min_level: " (58 characters).
        #expect(violation.source.description == "test.yaml:8:59")
        #expect(!decision.allowed)
    }

    @Test(arguments: [("level: high", false), ("level: urgent", true), ("tags: [outage]", true)])
    func minLevelUsesTheFinalLevel(_ field: String, _ allowed: Bool) throws {
        // high is below urgent; urgent is not; an outage tag raises normal to urgent first.
        let rules = """
          - id: outage-is-urgent
            when: {tags: [outage]}
            then: {level: urgent}
        """
        let decision = try EvalPolicy.decide(rules: rules, EvalPolicy.message(field, channel: "phone"))
        #expect(decision.allowed == allowed)
        #expect(decision.violations.isEmpty == allowed)
    }

    @Test(arguments: [
        // meeting field, violated constraints
        ("meeting: {starts_at: 2026-11-25T10:00:00+01:00, agenda: true, prework_shared_at: 2026-11-24T10:00:00+01:00}", [String]()),
        ("meeting: {starts_at: 2026-11-25T09:59:00+01:00, agenda: true, prework_shared_at: 2026-11-24T10:00:00+01:00}",
         ["notice", "prework_notice"]),                                    // 23h59m of notice, and of pre-reading time
        ("meeting: {starts_at: 2026-11-26T10:00:00+01:00, agenda: false, prework_shared_at: 2026-11-25T10:30:00+01:00}",
         ["agenda", "prework_notice"]),                                    // 48 h notice is fine; pre-reading 23h30m before
        ("meeting: {starts_at: 2026-11-26T10:00:00+01:00, agenda: true}", ["prework_notice"]),  // nothing shared
        ("", ["agenda", "notice", "prework_notice"]),                      // no meeting details at all
    ])
    func meetingRequirements(_ meeting: String, _ broken: [String]) throws {
        // Sent Tue 2026-11-24 10:00; the channel requires an agenda, 24h notice and 24h pre-reading.
        let decision = try EvalPolicy.decide(EvalPolicy.message(meeting, channel: "meeting", at: "2026-11-24T10:00:00+01:00"))
        #expect(decision.violations.map(\.rule) == broken.map { "channel.meeting.requires.\($0)" })
        #expect(decision.violations.allSatisfy { $0.severity == .error })
        #expect(decision.allowed == broken.isEmpty)
    }

    @Test func aRuleViolationIsListedOnceAcrossRecipients() throws {
        let decision = try EvalPolicy.decide(rules: Self.violationRule("no-chat"), EvalPolicy.message(to: ["alice", "bob", "ops"]))
        #expect(decision.violations.map(\.rule) == ["no-chat"])
        let violation = try #require(decision.violations.first)
        #expect(violation.message == "no-chat says no")
        #expect(violation.severity == .error)       // the default severity
        #expect(violation.suggest == nil)
        #expect(violation.source.description == "test.yaml:24:5")  // the rule's `id`, first line after `rules:`
        #expect(!decision.allowed)
    }

    @Test func aViolationMatchingOneRecipientCounts() throws {
        let decision = try EvalPolicy.decide(rules: Self.violationRule("not-to-bob", when: "{to: bob}"), EvalPolicy.message(to: ["alice", "bob"]))
        #expect(decision.violations.map(\.rule) == ["not-to-bob"])
        #expect(try Fixture.recipient(decision, "alice").rules.isEmpty)
        #expect(try Fixture.recipient(decision, "bob").rules == ["not-to-bob"])
    }

    @Test(arguments: [
        // severity extra, mode, reported severity, allowed
        ("", "enforce", Severity.error, false),
        (", severity: warning", "enforce", .warning, true),
        (", severity: info", "enforce", .info, true),
        ("", "advisory", .info, true),                      // advisory reports at info, never fails
        (", severity: error", "advisory", .info, true),
    ])
    func severitiesAndModes(_ extra: String, _ mode: String, _ severity: Severity, _ allowed: Bool) throws {
        let decision = try EvalPolicy.decide(rules: Self.violationRule("rule", extra: extra + ", suggest: email", mode: mode), EvalPolicy.message())
        #expect(decision.violations.map(\.severity) == [severity])
        #expect(decision.violations.first?.suggest == "email")
        #expect(decision.allowed == allowed)
    }

    @Test func channelConstraintsComeFirstThenRulesInPolicyOrder() throws {
        let rules = Self.violationRule("first", when: "{channel: phone}") + "\n" + Self.violationRule("second", when: "{channel: phone}")
        let decision = try EvalPolicy.decide(rules: rules, EvalPolicy.message(channel: "phone"))
        #expect(decision.violations.map(\.rule) == ["channel.phone.min_level", "first", "second"])
    }

    @Test func aRuleThatDoesNotMatchReportsNothing() throws {
        let decision = try EvalPolicy.decide(rules: Self.violationRule("no-email", when: "{channel: email}"), EvalPolicy.message())
        #expect(decision.violations.isEmpty)
        #expect(decision.allowed)
    }
}
