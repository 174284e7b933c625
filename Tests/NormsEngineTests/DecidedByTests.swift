import Foundation
import NormsEngine
import NormsPolicy
import Testing

/// What decided each field, on the example policies, computed by hand from the reference
/// (steps 2, 3.3, 3.4 and 3.6).
@Suite("Decided by")
struct DecidedByTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func decide(_ policy: String, _ message: String) throws -> Decision {
        let evaluator = Evaluator(policy: try PolicyLoader().load(path: root.appendingPathComponent("policies/\(policy)").path))
        return try evaluator.evaluate(try Fixture.message(message))
    }

    @Test func anInternalChatIsDecidedByTheChannelAndTheTeamOverride() throws {
        // Wed 2026-11-25 16:00Z = 10:00 in Chicago: maria's shift (support-americas, mon-fri
        // 09:00-18:00) is on, so she is available. No rule matches (no customer tag).
        // reply_within: chat's 4 business hours — the team overrides only `interrupts` → channel.chat.
        // notify: the team's chat override interrupts, she is available → now, by team.support-americas.
        let decision = try Self.decide("support.yaml", "{channel: chat, from: rosa, to: [maria], sent_at: 2026-11-25T16:00:00Z}")
        #expect(decision.levelBy == "default_level")
        let maria = try Fixture.recipient(decision)
        #expect(maria.rules.isEmpty)
        #expect(maria.notify == .now)
        #expect(maria.decidedBy == DecidedBy(replyWithin: "channel.chat", notify: "team.support-americas", escalation: nil))
        #expect(maria.json["decided_by"] == .object([
            ("reply_within", "channel.chat"), ("notify", "team.support-americas"), ("escalation", .null),
        ]))
        #expect(decision.json["level_by"] == "default_level")
    }

    @Test func theEarliestEscalationNamesItsOwnRule() throws {
        // The same moment, a customer chat to the shift mentioning a refund.
        // Level: legal-and-billing-words-are-high raises normal → high.
        // The team is available: customer-chat-within-15-minutes holds → reply within 15m (16:15Z),
        // interrupt: true → now. Escalations: its own 15m after the deadline (16:30Z) and
        // high-priority-customers-go-to-the-lead's 10m (16:25Z): the lead's is earlier and wins.
        let decision = try Self.decide("support.yaml", """
            {channel: chat, from: customer-7, to: [support-americas], sent_at: 2026-11-25T16:00:00Z,
             tags: [customer], body: I want a refund}
            """)
        #expect(decision.level == "high")
        #expect(decision.levelBy == "legal-and-billing-words-are-high")
        let shift = try Fixture.recipient(decision)
        #expect(shift.escalation?.at.description == "2026-11-25T10:25:00-06:00")
        #expect(shift.decidedBy == DecidedBy(
            replyWithin: "customer-chat-within-15-minutes", notify: "customer-chat-within-15-minutes",
            escalation: "high-priority-customers-go-to-the-lead"))
    }

    @Test func anOutageDecidedPerRecipient() throws {
        // Thu 2026-11-26 02:10Z. Level: outages-are-urgent (a base rule, first in policy order)
        // raises to urgent; incidents-are-urgent gives the same level later, so it raised nothing.
        // ana (on call, Lisbon 02:10, after hours): urgent-breaks-through decides all three.
        // dev (not on call, Berlin 03:10): urgent-for-the-rest-waits-for-work sets 1 business hour;
        // no rule says how to notify, the phone interrupts and he is not available → later, by
        // channel.phone; no escalation.
        let decision = try Self.decide("oncall.yaml", """
            {channel: phone, from: alertmanager, to: [ana, dev], sent_at: 2026-11-26T02:10:00Z, tags: [outage], kind: incident}
            """)
        #expect(decision.levelBy == "outages-are-urgent")
        #expect(try Fixture.recipient(decision, "ana").decidedBy == DecidedBy(
            replyWithin: "urgent-breaks-through", notify: "urgent-breaks-through", escalation: "urgent-breaks-through"))
        let dev = try Fixture.recipient(decision, "dev")
        #expect(dev.notify == .later)
        #expect(dev.decidedBy == DecidedBy(replyWithin: "urgent-for-the-rest-waits-for-work", notify: "channel.phone", escalation: nil))
    }

    @Test func anIncidentWithoutTheOutageTagIsRaisedByTheIncidentRule() throws {
        let decision = try Self.decide("oncall.yaml", "{channel: chat, from: ana, to: [ben], sent_at: 2026-11-26T02:10:00Z, kind: incident}")
        #expect(decision.level == "urgent")
        #expect(decision.levelBy == "incidents-are-urgent")
    }

    @Test func theMessagesOwnLevelAndABreakThroughThatMeetsAnAvailableRecipient() throws {
        // Wed 2026-11-25 10:00Z = 11:00 in Berlin: ben is working. The message says `level: high`
        // and no rule raises it. on-call-triages-high-within-the-hour holds for ben (on call):
        // reply within 1h; its breaks_through covers `available` too → now, by the rule.
        let decision = try Self.decide("oncall.yaml", """
            {channel: email, from: ana, to: [ben], sent_at: 2026-11-25T10:00:00Z, level: high, kind: question}
            """)
        #expect(decision.levelBy == "message.level")
        #expect(try Fixture.recipient(decision).decidedBy == DecidedBy(
            replyWithin: "on-call-triages-high-within-the-hour", notify: "on-call-triages-high-within-the-hour", escalation: nil))
    }

    @Test(arguments: [
        // fyi-needs-no-reply: reply_within none and interrupt: false, both by the rule.
        ("fyi", "fyi-needs-no-reply", "fyi-needs-no-reply"),
        // No rule: chat's 4 business hours, and chat (async) does not interrupt → none, both by the channel.
        ("question", "channel.chat", "channel.chat"),
    ])
    func quietChats(kind: String, replyWithin: String, notify: String) throws {
        let decision = try Self.decide("oncall.yaml", "{channel: chat, from: ana, to: [dev], sent_at: 2026-11-25T10:00:00Z, kind: \(kind)}")
        let dev = try Fixture.recipient(decision)
        #expect(dev.notify == .none)
        #expect(dev.decidedBy == DecidedBy(replyWithin: replyWithin, notify: notify, escalation: nil))
    }
}
