import Foundation
import NormsEngine
import NormsPolicy
import NormsSource
import Testing

/// Away dates, focus blocks and holidays read from calendars, seen by states and the reply clock.
@Suite("Calendar availability")
struct CalendarAvailabilityTests {
    /// A folder with a `.norms.yaml` marker (the policy root), a policy and its calendars.
    static func load(_ policy: String, calendars: [String: [String]]) throws -> (policy: Policy, diagnostics: [Diagnostic]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("norms-calendar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data().write(to: folder.appendingPathComponent(".norms.yaml"))
        for (name, events) in calendars {
            let text = (["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"] + events + ["END:VCALENDAR"]).joined(separator: "\r\n")
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        let path = folder.appendingPathComponent("policy.yaml").path
        try Data(policy.utf8).write(to: URL(fileURLWithPath: path))
        let result = PolicyLoader().loadCollecting(path: path)
        return (try #require(result.policy), result.diagnostics)
    }

    static let policy = """
        norms: 1
        name: Calendar test
        timezone: Europe/Berlin
        channels:
          email: {mode: async, reply_within: 4 business hours}
        holiday_calendars: holidays.ics
        people:
          jan: {email: jan@example.com, calendar: jan.ics, focus: ["mon 14:00-15:00"]}
        """

    static let calendars: [String: [String]] = [
        "jan.ics": [
            // Out of office by status, Thu 2026-12-03 only (a timed event covers its date).
            "BEGIN:VEVENT", "UID:oof", "DTSTART:20261203T130000Z", "DTEND:20261203T150000Z", "SUMMARY:Dentist",
            "X-MICROSOFT-CDO-BUSYSTATUS:OOF", "END:VEVENT",
            // All day, Mon 2026-12-07 and Tue 2026-12-08.
            "BEGIN:VEVENT", "UID:trip", "DTSTART;VALUE=DATE:20261207", "DTEND;VALUE=DATE:20261209", "SUMMARY:Trip", "END:VEVENT",
            // Focus time Wed 2026-12-02 10:00-12:00 Berlin.
            "BEGIN:VEVENT", "UID:focus", "DTSTART;TZID=Europe/Berlin:20261202T100000", "DTEND;TZID=Europe/Berlin:20261202T120000",
            "SUMMARY:Focus time", "END:VEVENT",
            // Ignored: transparent all-day, cancelled all-day, and an all-day event Jan declined.
            "BEGIN:VEVENT", "UID:t", "DTSTART;VALUE=DATE:20261210", "SUMMARY:Party", "TRANSP:TRANSPARENT", "END:VEVENT",
            "BEGIN:VEVENT", "UID:c", "DTSTART;VALUE=DATE:20261211", "SUMMARY:Offsite", "STATUS:CANCELLED", "END:VEVENT",
            "BEGIN:VEVENT", "UID:d", "DTSTART;VALUE=DATE:20261214", "SUMMARY:Retreat",
            "ATTENDEE;PARTSTAT=DECLINED:mailto:Jan@example.com", "END:VEVENT",
        ],
        "holidays.ics": [
            "BEGIN:VEVENT", "UID:h", "DTSTART;VALUE=DATE:20261225", "DTEND;VALUE=DATE:20261227", "SUMMARY:Christmas",
            "TRANSP:TRANSPARENT", "END:VEVENT",
        ],
    ]

    static func calendar() throws -> WorkCalendar {
        let loaded = try load(policy, calendars: calendars)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        return WorkCalendar(profile: try #require(Evaluator(policy: loaded.policy).profile("jan")))
    }

    @Test func outOfOfficeAndAllDayEventsAreAway() throws {
        let calendar = try Self.calendar()
        #expect(calendar.state(at: at("2026-12-03T10:00:00+01:00")) == .away)
        #expect(calendar.state(at: at("2026-12-07T10:00:00+01:00")) == .away)
        #expect(calendar.state(at: at("2026-12-08T16:00:00+01:00")) == .away)
        #expect(calendar.state(at: at("2026-12-09T10:00:00+01:00")) == .available)
    }

    @Test func cancelledTransparentAndDeclinedEventsCountForNothing() throws {
        let calendar = try Self.calendar()
        for day in ["2026-12-10", "2026-12-11", "2026-12-14"] {
            #expect(calendar.state(at: at("\(day)T10:00:00+01:00")) == .available, "\(day)")
        }
    }

    @Test func focusTimeIsAFocusBlockAndTheYAMLFocusStillHolds() throws {
        let calendar = try Self.calendar()
        #expect(calendar.state(at: at("2026-12-02T09:59:00+01:00")) == .available)
        #expect(calendar.state(at: at("2026-12-02T10:00:00+01:00")) == .focus)
        #expect(calendar.state(at: at("2026-12-02T11:59:00+01:00")) == .focus)
        #expect(calendar.state(at: at("2026-12-02T12:00:00+01:00")) == .available)
        #expect(calendar.state(at: at("2026-11-30T14:30:00+01:00")) == .focus)   // the policy's own Monday block
        // The reply clock waits for the block to end.
        #expect(calendar.nextAvailable(from: at("2026-12-02T10:30:00+01:00")) == at("2026-12-02T12:00:00+01:00"))
    }

    @Test func holidayCalendarsAddToHolidays() throws {
        let loaded = try Self.load(Self.policy, calendars: Self.calendars)
        let christmas = try #require(loaded.policy.holidays.first)
        #expect(christmas.name == "Christmas")
        #expect(christmas.dates.value == DateRange(first: date("2026-12-25"), last: date("2026-12-26")))
        #expect(christmas.dates.span.file.hasSuffix("holidays.ics"))
        #expect(christmas.dates.span.start.line == 4)
        let calendar = try Self.calendar()
        #expect(calendar.state(at: at("2026-12-25T10:00:00+01:00")) == .holiday)
        #expect(calendar.nextAvailable(from: at("2026-12-24T16:00:00+01:00")) == at("2026-12-24T16:00:00+01:00"))
        #expect(calendar.nextAvailable(from: at("2026-12-24T17:00:00+01:00")) == at("2026-12-28T09:00:00+01:00"))
    }

    @Test func patternsAndTeamCalendars() throws {
        let policy = """
            norms: 1
            name: Calendar test
            timezone: Europe/Berlin
            channels:
              email: {mode: async}
            teams:
              ops: {members: [ana], calendar: {files: team.ics, away: {all_day: false, summary: ["Offsite*"]}}}
            people:
              ana: {team: ops}
            """
        let loaded = try Self.load(policy, calendars: ["team.ics": [
            "BEGIN:VEVENT", "UID:o", "DTSTART;VALUE=DATE:20261203", "SUMMARY:Offsite in Lisbon", "END:VEVENT",
            "BEGIN:VEVENT", "UID:a", "DTSTART;VALUE=DATE:20261204", "SUMMARY:All hands", "END:VEVENT",
        ]])
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        let evaluator = Evaluator(policy: loaded.policy)
        let member = WorkCalendar(profile: try #require(evaluator.profile("ana")))
        let team = WorkCalendar(profile: try #require(evaluator.profile("ops")))
        for calendar in [member, team] {
            #expect(calendar.state(at: at("2026-12-03T10:00:00+01:00")) == .away)
            #expect(calendar.state(at: at("2026-12-04T10:00:00+01:00")) == .available)   // all_day: false
        }
    }

    @Test func aMissingCalendarIsAnErrorAtItsPathInThePolicy() throws {
        let loaded = try Self.load(Self.policy, calendars: ["holidays.ics": []])
        let error = try #require(loaded.diagnostics.first { $0.code == "calendar.unreadable" })
        #expect(error.severity == .error)
        #expect(error.span?.file.hasSuffix("policy.yaml") == true)
        #expect(error.span?.start.line == 8)
        let outside = try Self.load(Self.policy.replacingOccurrences(of: "calendar: jan.ics", with: "calendar: /etc/hostname"),
                                    calendars: Self.calendars)
        #expect(outside.diagnostics.map(\.code) == ["calendar.outside-root"])
    }

    @Test func aMisspeltKeyOrAWrongTypeIsAPolicyError() throws {
        let policy = """
            norms: 1
            name: Calendar test
            timezone: Europe/Berlin
            channels:
              email: {mode: async}
            people:
              jan: {calendar: {files: jan.ics, awya: {summary: [OOO]}}}
              ana: {calendar: 3}
            """
        let loaded = try Self.load(policy, calendars: ["jan.ics": []])
        #expect(loaded.diagnostics.map(\.code).sorted() == ["policy.unknown-key", "policy.wrong-type"])
        #expect(loaded.diagnostics.allSatisfy { $0.span?.file.hasSuffix("policy.yaml") == true })
    }
}
