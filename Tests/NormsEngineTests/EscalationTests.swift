import NormsEngine
import NormsPolicy
import Testing

/// Step 3.6: the earliest escalation wins, at deadline + after (or sent_at + after), to the
/// backup or a named person.
@Suite("Escalation")
struct EscalationTests {
    static func rule(_ id: String, _ escalate: String, extra: String = "", when: String = "{channel: [chat, email]}") -> String {
        """
          - id: \(id)
            when: \(when)
            then: {escalate: \(escalate)\(extra)}
        """
    }

    static func recipient(_ rules: String, _ message: String, _ id: String = "bob") throws -> RecipientDecision {
        try Fixture.recipient(EvalPolicy.decide(rules: rules, message), id)
    }

    @Test func deadlinePlusAfterToTheBackup() throws {
        // chat, Tue 12:00: 4 business hours → 16:00; + 30m → 16:30, to bob's backup alice.
        let bob = try Self.recipient(Self.rule("chase", "{after: 30m, via: phone}"), EvalPolicy.message())
        let escalation = try #require(bob.escalation)
        #expect(escalation.at.description == "2026-11-24T16:30:00+01:00")
        #expect(escalation.via == "phone")
        #expect(escalation.to == "alice")
        #expect(escalation.rule == "chase")
    }

    @Test func withoutADeadlineItCountsFromSentAt() throws {
        // reply_within none → no deadline; 12:00 + 1h = 13:00.
        let bob = try Self.recipient(Self.rule("chase", "{after: 1h, via: phone}", extra: ", reply_within: none"), EvalPolicy.message())
        #expect(bob.deadline == nil)
        #expect(bob.escalation?.at.description == "2026-11-24T13:00:00+01:00")
    }

    @Test(arguments: [
        // sent, after, escalation
        ("2026-11-24T14:00:00+01:00", "2 business hours", "2026-11-25T12:00:00+01:00"),  // deadline Wed 10:00 (3 h + 1 h) + 2 bh
        ("2026-11-24T13:00:00+01:00", "1 business hour", "2026-11-25T10:00:00+01:00"),   // deadline Tue 17:00 + 1 bh → Wed 10:00
        // deadline Tue 17:00, the end of Tuesday's period, which does not contain its end: the
        // escalation "arrives" Wed, so 1 business day later is Thu 17:00.
        ("2026-11-24T13:00:00+01:00", "1 business day", "2026-11-26T17:00:00+01:00"),
    ])
    func businessAfterCountsWorkingTime(_ sent: String, _ after: String, _ expected: String) throws {
        let bob = try Self.recipient(Self.rule("chase", "{after: \(after), via: phone}"), EvalPolicy.message(at: sent))
        #expect(bob.escalation?.at.description == expected)
    }

    @Test func theEarliestEscalationWins() throws {
        // deadline 16:00: slow (2h, first) → 18:00; fast (30m to carol by email) → 16:30.
        let rules = Self.rule("slow", "{after: 2h, via: phone}") + "\n" + Self.rule("fast", "{after: 30m, via: email, to: carol}")
        let escalation = try #require(try Self.recipient(rules, EvalPolicy.message()).escalation)
        #expect(escalation.rule == "fast")
        #expect(escalation.at.description == "2026-11-24T16:30:00+01:00")
        #expect(escalation.via == "email")
        #expect(escalation.to == "carol")
    }

    @Test func aTieGoesToTheFirstInPolicyOrder() throws {
        let rules = Self.rule("by-phone", "{after: 1h, via: phone}") + "\n" + Self.rule("by-email", "{after: 60m, via: email}")
        #expect(try Self.recipient(rules, EvalPolicy.message()).escalation?.rule == "by-phone")
    }

    @Test func backupResolution() throws {
        let rules = Self.rule("chase", "{after: 1h, via: phone}")
        // alice has no backup: `to` is null, the escalation still happens.
        let alice = try Self.recipient(rules, EvalPolicy.message(to: ["alice"]), "alice")
        #expect(alice.escalation != nil)
        #expect(alice.escalation?.to == nil)
        // carol has none of her own: her home team ops' backup, dave. email, 15:00 Berlin = 09:00
        // New York: 1 business day → Wed 20:00, + 1h → 21:00.
        let carol = try Self.recipient(rules, EvalPolicy.message(channel: "email", to: ["carol"], at: "2026-11-24T15:00:00+01:00"), "carol")
        #expect(carol.escalation?.to == "dave")
        #expect(carol.escalation?.at.description == "2026-11-25T21:00:00-05:00")
        // The team itself as a recipient: its backup.
        #expect(try Self.recipient(rules, EvalPolicy.message(to: ["ops"]), "ops").escalation?.to == "dave")
    }

    @Test func noEscalationWithoutARule() throws {
        #expect(try Self.recipient("", EvalPolicy.message()).escalation == nil)
    }

    @Test func aHomeTeamBackupWhoIsThePersonIsNoBackupForThem() throws {
        let rules = """
          - id: chat-escalates
            when: {channel: chat}
            then: {escalate: {after: 1h, via: phone}}
        """
        // ops names dave as its backup. dave (home team ops, no backup of his own) would escalate to
        // himself, so he has none; carol (ops member, no backup of her own) escalates to dave.
        let decision = try EvalPolicy.decide(rules: rules, EvalPolicy.message(to: ["dave", "carol"]))
        #expect(try Fixture.recipient(decision, "dave").escalation?.to == nil)
        #expect(try Fixture.recipient(decision, "carol").escalation?.to == "dave")
    }
}
