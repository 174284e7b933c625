import NormsEngine
import NormsPolicy
import NormsSource
import Testing

/// Step 3.3: rules override channel defaults; among rules the earliest deadline wins; `none` is
/// latest; ties go to the first rule in policy order; then the team's channel override.
@Suite("Reply expectation")
struct ReplyExpectationTests {
    static func rule(_ id: String, _ replyWithin: String, when: String = "{channel: chat}") -> String {
        """
          - id: \(id)
            when: \(when)
            then: {reply_within: \(replyWithin)}
        """
    }

    @Test func theChannelDefaultWithoutRules() throws {
        // chat: 4 business hours from Tue 12:00 → 16:00.
        let bob = try Fixture.recipient(EvalPolicy.decide(EvalPolicy.message()))
        #expect(bob.replyWithin == .businessHours(4))
        #expect(bob.deadline?.description == "2026-11-24T16:00:00+01:00")
    }

    @Test func aRuleOverridesTheChannelEvenWhenLessDemanding() throws {
        // The channel says 4 business hours (16:00); the rule's 1 business day (Wed 17:00) wins.
        let bob = try Fixture.recipient(EvalPolicy.decide(rules: Self.rule("slow", "1 business day"), EvalPolicy.message()))
        #expect(bob.replyWithin == .businessDays(1))
        #expect(bob.deadline?.description == "2026-11-25T17:00:00+01:00")
    }

    @Test(arguments: [
        // sent, winner, deadline
        ("2026-11-24T12:00:00+01:00", "1 business hour", "2026-11-24T13:00:00+01:00"),  // 13:00 beats 14:00
        ("2026-11-24T16:30:00+01:00", "2h", "2026-11-24T18:30:00+01:00"),               // 18:30 beats Wed 09:30
    ])
    func theEarliestDeadlineWins(_ sent: String, _ winner: String, _ deadline: String) throws {
        let rules = Self.rule("two-hours", "2h") + "\n" + Self.rule("one-business-hour", "1 business hour")
        let bob = try Fixture.recipient(EvalPolicy.decide(rules: rules, EvalPolicy.message(at: sent)))
        #expect(bob.replyWithin.description == winner)
        #expect(bob.deadline?.description == deadline)
    }

    @Test func noneIsTheLatest() throws {
        // `none` (first in order) loses to 1 business day.
        let rules = Self.rule("no-reply", "none") + "\n" + Self.rule("a-day", "1 business day")
        let bob = try Fixture.recipient(EvalPolicy.decide(rules: rules, EvalPolicy.message()))
        #expect(bob.replyWithin == .businessDays(1))
        // Alone, `none` wins over the channel's 4 business hours: no deadline.
        let alone = try Fixture.recipient(EvalPolicy.decide(rules: Self.rule("no-reply", "none"), EvalPolicy.message()))
        #expect(alone.replyWithin == PolicyDuration.none)
        #expect(alone.deadline == nil)
    }

    @Test(arguments: [(true, "4 business hours"), (false, "4h")])
    func aTieGoesToTheFirstRuleInPolicyOrder(_ businessFirst: Bool, _ winner: String) throws {
        // Tue 10:00: 4 business hours and 4h both end at 14:00.
        let business = Self.rule("business", "4 business hours")
        let wall = Self.rule("wall", "4h")
        let rules = businessFirst ? business + "\n" + wall : wall + "\n" + business
        let bob = try Fixture.recipient(EvalPolicy.decide(rules: rules, EvalPolicy.message(at: "2026-11-24T10:00:00+01:00")))
        #expect(bob.replyWithin.description == winner)
        #expect(bob.deadline?.description == "2026-11-24T14:00:00+01:00")
    }

    @Test func theHomeTeamsChannelOverride() throws {
        // carol belongs to ops through `members`: chat is 15m there. Tue 12:00 Berlin = 06:00 New York,
        // before ops' 08:00 start: the notification waits until 08:00, and the reply clock starts
        // then → 08:15.
        let carol = try Fixture.recipient(EvalPolicy.decide(EvalPolicy.message(to: ["carol"])))
        #expect(carol.timezone == "America/New_York")
        #expect(carol.replyWithin == .wallClock(minutes: 15))
        #expect(carol.notify == .later)
        #expect(carol.notifyAt?.description == "2026-11-24T08:00:00-05:00")
        #expect(carol.deadline?.description == "2026-11-24T08:15:00-05:00")
        // The override does not touch other channels: email keeps 1 business day. Sent 06:00
        // before ops' 08:00 start, so Tuesday is the arrival day → Wed 20:00.
        let email = try Fixture.recipient(EvalPolicy.decide(EvalPolicy.message(channel: "email", to: ["carol"])))
        #expect(email.replyWithin == .businessDays(1))
        #expect(email.deadline?.description == "2026-11-25T20:00:00-05:00")
    }

    @Test func aRuleBeatsTheTeamOverride() throws {
        // The rule for ops members says 1 business day on chat, over ops' 15m.
        let rules = Self.rule("ops-chat-is-slow", "1 business day", when: "{channel: chat, to: ops}")
        let carol = try Fixture.recipient(EvalPolicy.decide(rules: rules, EvalPolicy.message(to: ["carol"])))
        #expect(carol.replyWithin == .businessDays(1))
        #expect(carol.deadline?.description == "2026-11-25T20:00:00-05:00")
    }

    @Test func wallClockDaysAreTwentyFourHoursAcrossAClockChange() throws {
        // 1d from Sat 2026-10-24 12:00 CEST (10:00Z) → 10:00Z on the 25th = 11:00 CET.
        let rules = Self.rule("a-day", "1d")
        let bob = try Fixture.recipient(EvalPolicy.decide(rules: rules, EvalPolicy.message(at: "2026-10-24T12:00:00+02:00")))
        #expect(bob.deadline?.description == "2026-10-25T11:00:00+01:00")
    }

    @Test(arguments: [
        ("24 hours", "1d"), ("90 minutes", "90m"), ("36h", "36h"), ("2 days", "2d"), ("60m", "1h"),
        ("1bh", "1 business hour"), ("4 business hours", "4 business hours"),
        ("1 business day", "1 business day"), ("2bd", "2 business days"), ("IMMEDIATE", "immediate"), ("none", "none"),
    ])
    func theWinningDurationInItsCanonicalForm(_ written: String, _ canonical: String) throws {
        // `reply_within` in the decision: the largest wall-clock unit that divides it exactly.
        let decision = try EvalPolicy.decide(rules: Self.rule("written", "\"\(written)\""), EvalPolicy.message())
        let bob = try #require(decision.json["recipients"].flatMap { if case .array(let items) = $0 { items.first } else { nil } })
        #expect(bob["reply_within"] == .string(canonical))
    }
}
