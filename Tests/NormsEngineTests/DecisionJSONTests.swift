import NormsEngine
import NormsPolicy
import NormsSource
import Testing

/// The decision JSON for the brief's example policy, field by field, computed by hand.
@Suite("Decision JSON")
struct DecisionJSONTests {
    @Test func theBriefsExampleMessage() throws {
        // 2026-11-25T18:30+01:00 = 17:30Z, a Wednesday. The outage tag makes the level urgent
        // (outages-are-urgent), so urgent-breaks-through holds for both recipients.
        // bob: Los Angeles 09:30 -08:00, in his 09-11 focus block → focus; breaks_through covers
        //   focus → now; immediate → 09:30 + 15m = 09:45; escalation 09:45 + 15m = 10:00 by phone
        //   to his backup alice.
        // support (a team, one recipient): New York 12:30 -05:00, inside mon-sun 08-20 → available;
        //   the rule's immediate beats the team's chat override (15m); breaks_through covers
        //   available → now; deadline 12:45; escalation 13:00; the team has no backup → null.
        let decision = try AcmePolicy.decide("""
            channel: chat
            from: alice
            to: [bob, support]
            sent_at: 2026-11-25T18:30:00+01:00
            level: normal
            kind: question
            tags: [outage]
            subject: Can you look at the export?
            body: The nightly export failed.
            status: {bob: focus}
            """)
        let rules = #"["outages-are-urgent","urgent-breaks-through"]"#
        // urgent-breaks-through sets immediate, breaks through and escalates, for both; the
        // level was raised by outages-are-urgent.
        let decidedBy = #""decided_by":{"reply_within":"urgent-breaks-through","notify":"urgent-breaks-through","#
            + #""escalation":"urgent-breaks-through"}"#
        let bob = #"{"id":"bob","timezone":"America/Los_Angeles","local_time":"2026-11-25T09:30:00-08:00","state":"focus","#
            + #""reply_within":"immediate","deadline":"2026-11-25T09:45:00-08:00","notify":"now","notify_at":"2026-11-25T09:30:00-08:00","#
            + #""escalation":{"at":"2026-11-25T10:00:00-08:00","via":"phone","to":"alice"},"rules":"# + rules + #","notes":[],"#
            + decidedBy + "}"
        let support = #"{"id":"support","timezone":"America/New_York","local_time":"2026-11-25T12:30:00-05:00","state":"available","#
            + #""reply_within":"immediate","deadline":"2026-11-25T12:45:00-05:00","notify":"now","notify_at":"2026-11-25T12:30:00-05:00","#
            + #""escalation":{"at":"2026-11-25T13:00:00-05:00","via":"phone","to":null},"rules":"# + rules + #","notes":[],"#
            + decidedBy + "}"
        let expected = #"{"policy":"Acme Engineering","level":"urgent","needs_immediate_reply":true,"allowed":true,"violations":[],"#
            + #""recipients":["# + bob + "," + support + #"],"level_by":"outages-are-urgent"}"#
        #expect(decision.json.compact == expected)
    }

    @Test func anAdvisoryViolationAndATeamOverride() throws {
        // Fri 2026-11-27 18:30+01:00 = 17:30Z; level normal; kind decision on chat → the advisory
        // rule reports at info with its suggestion, and `allowed` stays true.
        // bob: LA 09:30 Fri, focus; chat 4 business hours from 09:30 → 13:30; chat never pushes → none.
        // dana: her home team support overrides chat to 15m: NY 12:30 → 12:45.
        let decision = try AcmePolicy.decide(
            "{channel: chat, from: alice, to: [bob, dana], sent_at: 2026-11-27T18:30:00+01:00, kind: decision}")
        let json = decision.json
        #expect(json["level"] == "normal")
        #expect(json["needs_immediate_reply"] == false)
        #expect(json["allowed"] == true)
        #expect(json["violations"] == .array([.object([
            ("rule", "no-chat-for-decisions"), ("severity", "info"),
            ("message", "Decisions are written down by e-mail or in the tracker, not in chat."),
            ("suggest", "email"), ("source", "policies/acme.yaml:56:5"),
        ])]))
        let bob = try #require(Self.recipients(json).first)
        #expect(bob["state"] == "focus")
        #expect(bob["reply_within"] == "4 business hours")
        #expect(bob["deadline"] == "2026-11-27T13:30:00-08:00")
        #expect(bob["notify"] == "none")
        #expect(bob["notify_at"] == .null)
        #expect(bob["escalation"] == .null)
        #expect(bob["rules"] == .array(["no-chat-for-decisions"]))
        let dana = try #require(Self.recipients(json).last)
        #expect(dana["timezone"] == "America/New_York")
        #expect(dana["local_time"] == "2026-11-27T12:30:00-05:00")
        #expect(dana["state"] == "available")
        #expect(dana["reply_within"] == "15m")
        #expect(dana["deadline"] == "2026-11-27T12:45:00-05:00")
        #expect(dana["notify"] == "none")
    }

    @Test func aPhoneCallToSomeoneAway() throws {
        // Wed 2026-12-02 10:00+01:00 = 01:00 LA on Dec 2: bob is away (Dec 1–5). phone is for
        // urgent only: channel.phone.min_level, an error, suggesting chat. phone is sync and bob is
        // away → later: Sat–Sun are free days, Mon 2026-12-07 09:00 starts with focus until 11:00.
        // immediate → 11:15.
        let decision = try AcmePolicy.decide("{channel: phone, from: alice, to: [bob], sent_at: 2026-12-02T10:00:00+01:00}")
        let json = decision.json
        #expect(json["allowed"] == false)
        #expect(json["needs_immediate_reply"] == true)
        let violation = try #require(decision.violations.first)
        #expect(decision.violations.count == 1)
        #expect(violation.rule == "channel.phone.min_level")
        #expect(violation.json["severity"] == "error")
        #expect(violation.json["suggest"] == "chat")
        #expect(violation.json["source"] == "policies/acme.yaml:17:61")
        #expect(violation.message.contains("urgent"))
        let bob = try #require(Self.recipients(json).first)
        #expect(bob["local_time"] == "2026-12-02T01:00:00-08:00")
        #expect(bob["state"] == "away")
        #expect(bob["notify"] == "later")
        #expect(bob["notify_at"] == "2026-12-07T11:00:00-08:00")
        #expect(bob["deadline"] == "2026-12-07T11:15:00-08:00")
        #expect(bob["rules"] == .array([]))
    }

    @Test func urgentFyiOnAHolidayEve() throws {
        // Tue 2026-11-24 10:00 Berlin, alice available (no focus). fyi + outage: level urgent;
        // immediate (urgent-breaks-through) beats none (fyi-needs-no-reply); breaks_through
        // covers available and beats interrupt: false → now; deadline 10:15; escalation 10:30,
        // and neither alice nor platform has a backup → to null.
        let decision = try AcmePolicy.decide(
            "{channel: chat, from: bob, to: [alice], sent_at: 2026-11-24T10:00:00+01:00, kind: fyi, tags: [outage]}")
        let alice = try #require(Self.recipients(decision.json).first)
        #expect(alice["reply_within"] == "immediate")
        #expect(alice["notify"] == "now")
        #expect(alice["deadline"] == "2026-11-24T10:15:00+01:00")
        #expect(alice["escalation"] == .object([("at", "2026-11-24T10:30:00+01:00"), ("via", "phone"), ("to", nil)]))
        #expect(alice["rules"] == .array(["outages-are-urgent", "urgent-breaks-through", "fyi-needs-no-reply"]))
    }

    @Test func anEmailOnAHoliday() throws {
        // Thu 2026-12-24 is a holiday; 24–26 are holidays, 27 is Sunday, so the arrival day is
        // Mon 28 and 1 business day ends Tue 2026-12-29 17:00. email does not push → none.
        let decision = try AcmePolicy.decide(
            "{channel: email, from: bob, to: [alice], sent_at: 2026-12-24T10:00:00+01:00, kind: question}")
        let alice = try #require(Self.recipients(decision.json).first)
        #expect(alice["state"] == "holiday")
        #expect(alice["reply_within"] == "1 business day")
        #expect(alice["deadline"] == "2026-12-29T17:00:00+01:00")
        #expect(alice["notify"] == "none")
        #expect(alice["notify_at"] == .null)
    }

    private static func recipients(_ json: JSONValue) -> [JSONValue] {
        if case .array(let items)? = json["recipients"] { return items }
        return []
    }
}
