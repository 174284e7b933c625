import NormsEngine
import NormsPolicy
import Testing

/// Settings resolve person → home team → policy; a team named in `to` is one recipient with the
/// team's own settings.
@Suite("Recipient resolution")
struct RecipientResolutionTests {
    static let policy = """
        norms: 1
        name: Resolution
        timezone: Europe/Berlin
        working_hours: {mon-fri: "09:00-17:00"}
        channels:
          chat: {mode: async, reply_within: 4 business hours}
        teams:
          night:
            timezone: Asia/Kathmandu
            working_hours: {daily: "22:00-06:00"}
            focus: ["daily 22:00-23:00"]
            channels: {chat: {reply_within: 1h}}
            backup: erin
          day:
            members: [erin]
            channels: {chat: {reply_within: 2h}}
        people:
          erin: {}
          frank: {team: [night, day]}
          gina: {team: night, timezone: America/New_York, working_hours: {mon-fri: "10:00-18:00"}, focus: [], backup: frank}
        """

    static func decide(_ to: String, at sent: String = "2026-11-24T18:00:00Z") throws -> RecipientDecision {
        try Fixture.recipient(Fixture.decide(policy, "{channel: chat, from: erin, to: [\(to)], sent_at: \(sent)}"))
    }

    @Test func theTeamAsOneRecipient() throws {
        // Tue 18:00Z = Tue 23:45 in Kathmandu: inside night's 22:00-06:00 shift, after its
        // 22:00-23:00 focus → available; chat overridden to 1h → 00:45 Wed local.
        let night = try Self.decide("night")
        #expect(night.timezone == "Asia/Kathmandu")
        #expect(night.localTime.description == "2026-11-24T23:45:00+05:45")
        #expect(night.state == .available)
        #expect(night.replyWithin == .wallClock(minutes: 60))
        #expect(night.deadline?.description == "2026-11-25T00:45:00+05:45")
        // 16:30Z = 22:15 local: the team's focus block.
        #expect(try Self.decide("night", at: "2026-11-24T16:30:00Z").state == .focus)
    }

    @Test func aPersonInheritsFromTheFirstTeam() throws {
        // frank: `team: [night, day]`, so night is home: its zone, hours, focus and chat override.
        let frank = try Self.decide("frank")
        #expect(frank.timezone == "Asia/Kathmandu")
        #expect(frank.state == .available)
        #expect(frank.replyWithin == .wallClock(minutes: 60))
        #expect(try Self.decide("frank", at: "2026-11-24T16:30:00Z").state == .focus)
    }

    @Test func aPersonsOwnSettingsWin() throws {
        // gina: New York, mon-fri 10:00-18:00, an empty focus list; the home team's chat
        // override (1h) still applies. 18:00Z = 13:00 EST → available, deadline 14:00.
        let gina = try Self.decide("gina")
        #expect(gina.timezone == "America/New_York")
        #expect(gina.state == .available)
        #expect(gina.deadline?.description == "2026-11-24T14:00:00-05:00")
        // 14:45Z = 09:45 EST: before her own 10:00 start (the policy's 09:00 does not apply).
        #expect(try Self.decide("gina", at: "2026-11-24T14:45:00Z").state == .afterHours)
    }

    @Test func aMemberOnlyThroughMembersAndThePolicyDefaults() throws {
        // erin: only in day.members → home team day (no zone, no hours): Berlin, mon-fri 09-17,
        // chat overridden to 2h. 18:00Z = 19:00 Berlin → after hours; 2h of elapsed time → 21:00.
        let erin = try Self.decide("erin")
        #expect(erin.timezone == "Europe/Berlin")
        #expect(erin.state == .afterHours)
        #expect(erin.replyWithin == .wallClock(minutes: 120))
        #expect(erin.deadline?.description == "2026-11-24T21:00:00+01:00")
    }

    @Test func recipientsAreEvaluatedOnceInTheOrderNamed() throws {
        let decision = try Fixture.decide(Self.policy, "{channel: chat, from: erin, to: [gina, night, gina, erin], sent_at: 2026-11-24T18:00:00Z}")
        #expect(decision.recipients.map(\.id) == ["gina", "night", "erin"])
    }

    @Test func overlappingPeriodsCountOnce() throws {
        // 09:00-13:00 and 12:00-17:00 overlap: 8 hours of working time, not 9.
        let calendar = try Fixture.calendar(workingHours: #"mon: ["09:00-13:00", "12:00-17:00"]"#)
        #expect(calendar.adding(businessHours: 8, to: at("2026-11-23T09:00:00+01:00")) == at("2026-11-23T17:00:00+01:00"))
    }

    @Test func aLiveStatusEndingBeforeSentAtIsOver() throws {
        let decision = try Fixture.decide(Self.policy,
            "{channel: chat, from: erin, to: [gina], sent_at: 2026-11-24T18:00:00Z, status: {gina: {state: away, until: 2026-11-24T17:00:00Z}}}")
        #expect(try Fixture.recipient(decision).state == .available)
    }

    @Test(arguments: ["UTC", "Etc/UTC", "Asia/Calcutta", "US/Eastern"])
    func theTimezoneIsReportedAsThePolicyWroteIt(_ zone: String) throws {
        // Foundation on Linux reports `UTC` as `GMT`; the decision names the id the policy used.
        let policy = """
            norms: 1
            name: Zones
            timezone: \(zone)
            channels: {chat: {mode: async}}
            people: {bob: {}}
            """
        let decision = try Fixture.decide(policy, "{channel: chat, from: bob, to: [bob], sent_at: 2026-06-01T10:00:00Z}")
        #expect(try Fixture.recipient(decision).timezone == zone)
    }
}
