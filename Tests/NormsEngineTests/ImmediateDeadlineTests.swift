import NormsEngine
import NormsPolicy
import Testing

/// `immediate`: notify_at + immediate_window; when nothing notifies, the next available instant
/// + the window. Also step 5, needs_immediate_reply.
@Suite("Immediate deadlines")
struct ImmediateDeadlineTests {
    static let immediateOnChat = """
      - id: chat-is-immediate
        when: {channel: chat}
        then: {reply_within: immediate}
    """

    @Test func laterNotificationPlusTheWindow() throws {
        // phone to bob in focus at 10:00: notified at 11:00, deadline 11:15.
        let decision = try EvalPolicy.decide(EvalPolicy.message("level: urgent", channel: "phone", at: "2026-11-24T10:00:00+01:00"))
        let bob = try Fixture.recipient(decision)
        #expect(bob.replyWithin == .immediate)
        #expect(bob.notify == .later)
        #expect(bob.deadline?.description == "2026-11-24T11:15:00+01:00")
        #expect(decision.needsImmediateReply)
    }

    @Test func nowNotificationPlusTheWindow() throws {
        // Breaking through focus: notified 10:00, deadline 10:15.
        let rules = """
          - id: through-focus
            when: {channel: phone}
            then: {breaks_through: [focus]}
        """
        let bob = try Fixture.recipient(EvalPolicy.decide(rules: rules, EvalPolicy.message("level: urgent", channel: "phone", at: "2026-11-24T10:00:00+01:00")))
        #expect(bob.notify == .now)
        #expect(bob.deadline?.description == "2026-11-24T10:15:00+01:00")
    }

    @Test(arguments: [
        // sent, policy extra, deadline
        ("2026-11-24T10:00:00+01:00", "", "2026-11-24T11:15:00+01:00"),                   // next available 11:00
        ("2026-11-24T10:00:00+01:00", "immediate_window: 30m", "2026-11-24T11:30:00+01:00"),
        ("2026-11-24T12:00:00+01:00", "", "2026-11-24T12:15:00+01:00"),                   // available now
        ("2026-11-27T18:00:00+01:00", "", "2026-11-30T11:15:00+01:00"),                   // Fri evening → Mon 11:00
    ])
    func nothingNotifiesSoTheNextAvailableInstant(_ sent: String, _ extra: String, _ deadline: String) throws {
        // chat never pushes (notify none), yet `immediate` still counts from when bob is available.
        let bob = try Fixture.recipient(EvalPolicy.decide(rules: Self.immediateOnChat, extra: extra, EvalPolicy.message(at: sent)))
        #expect(bob.notify == .none)
        #expect(bob.notifyAt == nil)
        #expect(bob.deadline?.description == deadline)
    }

    @Test func needsAnImmediateReplyWhenAnyRecipientDoes() throws {
        let rules = """
          - id: bob-answers-at-once
            when: {to: bob}
            then: {reply_within: immediate}
        """
        let decision = try EvalPolicy.decide(rules: rules, EvalPolicy.message(to: ["alice", "bob"]))
        #expect(decision.needsImmediateReply)
        #expect(try Fixture.recipient(decision, "alice").replyWithin == .businessHours(4))
        #expect(try !EvalPolicy.decide(rules: rules, EvalPolicy.message(to: ["alice"])).needsImmediateReply)
    }
}
