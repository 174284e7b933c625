import NormsEngine
import NormsPolicy
import Testing

/// Rule conditions: from/to with teams, roles and `external`; keywords; tags; unless; state.
@Suite("Condition matching")
struct ConditionMatchingTests {
    /// One marker rule with these conditions; the test reads whether it is in a recipient's `rules`.
    static func matches(_ when: String, unless: String? = nil, _ message: String, recipient: String? = nil) throws -> Bool {
        let rules = """
          - id: marker
            when: \(when)
        \(unless.map { "    unless: \($0)\n" } ?? "")    then: {reply_within: 1h}
        """
        return try Fixture.recipient(EvalPolicy.decide(rules: rules, message), recipient).rules == ["marker"]
    }

    @Test(arguments: [
        ("stranger", true),     // not in the policy: external
        ("alice", false),       // a person of the policy
        ("ops", false),         // a team of the policy is not external either
    ])
    func externalSenders(_ sender: String, _ expected: Bool) throws {
        #expect(try Self.matches("{from: external}", EvalPolicy.message(from: sender)) == expected)
    }

    @Test(arguments: [
        ("{from: ops}", "carol", true),      // a member through `members`
        ("{from: ops}", "dave", true),       // a member through `team:`
        ("{from: ops}", "alice", false),
        ("{from: lead}", "alice", true),     // a role
        ("{from: lead}", "bob", false),
        ("{from: [bob, lead]}", "bob", true),
        ("{from: lead}", "lead", false),     // an outside sender named like a role is still outside
        ("{from: ops}", "ops", true),        // the team itself sends
    ])
    func sendersByTeamAndRole(_ when: String, _ sender: String, _ expected: Bool) throws {
        #expect(try Self.matches(when, EvalPolicy.message(from: sender)) == expected)
    }

    @Test func recipientsByTeamMembershipAndRole() throws {
        let rules = """
          - id: to-ops
            when: {to: ops}
            then: {reply_within: 1h}
          - id: to-lead
            when: {to: lead}
            then: {reply_within: 2h}
        """
        let decision = try EvalPolicy.decide(rules: rules, EvalPolicy.message(to: ["carol", "dave", "ops", "alice", "bob"]))
        #expect(decision.recipients.map(\.id) == ["carol", "dave", "ops", "alice", "bob"])
        #expect(decision.recipients.map(\.rules) == [["to-ops"], ["to-ops"], ["to-ops"], ["to-lead"], []])
    }

    @Test(arguments: [
        ("subject: Major OUTAGE in eu-west", true),         // case-insensitive
        ("subject: outages everywhere", false),              // not a whole word
        ("subject: outage_report", false),                   // `_` joins words
        ("subject: \"outage.\"", true),                      // punctuation separates words
        ("body: the build is on fire!", true),               // a phrase, in the body
        ("body: the build is on  fire", false),              // the phrase is matched as written
        ("body: bonfire tonight", false),
        ("subject: all good, body: nothing to see", false),
        ("", false),                                         // no subject, no body
    ])
    func keywordsAreWholeWords(_ fields: String, _ expected: Bool) throws {
        #expect(try Self.matches(#"{keywords: [outage, "on fire"]}"#, EvalPolicy.message(fields)) == expected)
    }

    @Test(arguments: [
        ("{tags: [customer, billing]}", "tags: [billing]", true),          // a list is any of
        ("{tags: {any: [customer, billing]}}", "tags: [other, customer]", true),
        ("{tags: {any: [customer, billing]}}", "tags: [other]", false),
        ("{tags: {all: [customer, billing]}}", "tags: [customer]", false),
        ("{tags: {all: [customer, billing]}}", "tags: [billing, other, customer]", true),
        ("{tags: [customer]}", "", false),
    ])
    func tags(_ when: String, _ fields: String, _ expected: Bool) throws {
        #expect(try Self.matches(when, EvalPolicy.message(fields)) == expected)
    }

    @Test(arguments: [
        ("{kind: question}", "kind: question", true),
        ("{kind: question}", "", false),                          // a message without a kind
        ("{kind: [question, request]}", "kind: request", true),
        ("{channel: [email, chat]}", "", true),
        ("{level: \"> normal\"}", "level: high", true),
        ("{level: \"> normal\"}", "", false),                    // the default level, normal
        ("{level: [low, high]}", "level: high", true),
        ("{level: \"<= high\"}", "level: urgent", false),
    ])
    func kindChannelAndLevel(_ when: String, _ fields: String, _ expected: Bool) throws {
        #expect(try Self.matches(when, EvalPolicy.message(fields)) == expected)
    }

    @Test(arguments: [
        ("chat", "tags: [internal]", false),   // every `unless` condition holds: not applied
        ("email", "tags: [internal]", true),   // the channel differs: applied
        ("chat", "", true),                    // no internal tag: applied
    ])
    func unlessAppliesWhenAllItsConditionsHold(_ channel: String, _ fields: String, _ expected: Bool) throws {
        let message = EvalPolicy.message(fields, channel: channel)
        #expect(try Self.matches("{channel: [chat, email]}", unless: "{tags: [internal], channel: chat}", message) == expected)
    }

    @Test(arguments: [
        ("2026-11-24T10:00:00+01:00", true),     // bob in focus
        ("2026-11-24T18:00:00+01:00", true),     // after hours
        ("2026-11-24T12:00:00+01:00", false),    // available
    ])
    func recipientState(_ sent: String, _ expected: Bool) throws {
        #expect(try Self.matches("{recipient_state: [focus, after_hours]}", EvalPolicy.message(at: sent)) == expected)
    }

    @Test func aRuleWithoutConditionsAlwaysMatches() throws {
        let rules = """
          - id: always
            then: {reply_within: 1h}
        """
        #expect(try Fixture.recipient(EvalPolicy.decide(rules: rules, EvalPolicy.message())).rules == ["always"])
    }
}
