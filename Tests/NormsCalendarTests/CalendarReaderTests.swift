import Foundation
@testable import NormsCalendar
import NormsSource
import Testing

@Suite("Calendar expansion")
struct CalendarExpansionTests {
    typealias Support = CalendarTestSupport

    @Test("a weekly 09:00 meeting in New York stays at 09:00 local across the March clock change")
    func weeklyAcrossSpringForward() {
        // 2026-03-08 02:00 EST becomes 03:00 EDT: 09:00 is 14:00Z before, 13:00Z after.
        let expansion = Support.read([
            "BEGIN:VEVENT", "UID:weekly@test", "DTSTART;TZID=America/New_York:20260302T090000",
            "DURATION:PT1H", "RRULE:FREQ=WEEKLY;COUNT=5", "SUMMARY:Team sync", "END:VEVENT",
        ])
        #expect(expansion.diagnostics.isEmpty)
        #expect(Support.starts(expansion) == [
            "2026-03-02T14:00:00Z", "2026-03-09T13:00:00Z", "2026-03-16T13:00:00Z", "2026-03-23T13:00:00Z", "2026-03-30T13:00:00Z",
        ])
        #expect(expansion.instances[1].end == .instant(Support.seconds("2026-03-09T14:00:00Z")))
    }

    @Test("the same meeting with the file's own VTIMEZONE gives the same instants")
    func weeklyWithOwnTimezone() {
        let expansion = Support.read([
            "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
            "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
            "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
            "BEGIN:VEVENT", "UID:weekly@test", "DTSTART;TZID=Eastern Standard Time:20260302T090000",
            "DTEND;TZID=Eastern Standard Time:20260302T100000", "RRULE:FREQ=WEEKLY;UNTIL=20260316T140000Z", "END:VEVENT",
        ])
        #expect(expansion.diagnostics.isEmpty)
        #expect(Support.starts(expansion) == ["2026-03-02T14:00:00Z", "2026-03-09T13:00:00Z", "2026-03-16T13:00:00Z"])
    }

    @Test("EXDATE removes an occurrence and RECURRENCE-ID moves one")
    func exdateAndOverride() {
        let expansion = Support.read([
            "BEGIN:VEVENT", "UID:daily@test", "DTSTART;TZID=Europe/Berlin:20261102T100000", "DTEND;TZID=Europe/Berlin:20261102T103000",
            "RRULE:FREQ=DAILY;COUNT=4", "EXDATE;TZID=Europe/Berlin:20261103T100000", "SUMMARY:Stand-up", "END:VEVENT",
            "BEGIN:VEVENT", "UID:daily@test", "RECURRENCE-ID;TZID=Europe/Berlin:20261104T100000",
            "DTSTART;TZID=Europe/Berlin:20261104T150000", "DTEND;TZID=Europe/Berlin:20261104T153000", "SUMMARY:Stand-up (moved)", "END:VEVENT",
        ])
        #expect(expansion.diagnostics.isEmpty)
        // Berlin is UTC+1 in November: 10:00 is 09:00Z; the 3rd is excluded; the 4th moved to 15:00 (14:00Z).
        #expect(Support.starts(expansion) == ["2026-11-02T09:00:00Z", "2026-11-04T14:00:00Z", "2026-11-05T09:00:00Z"])
        #expect(expansion.instances.map(\.summary) == ["Stand-up", "Stand-up (moved)", "Stand-up"])
    }

    @Test("an EXDATE written as a date removes the timed occurrence on that date")
    func exdateAsDate() {
        let expansion = Support.read([
            "BEGIN:VEVENT", "UID:daily@test", "DTSTART;TZID=America/New_York:20261102T200000", "RRULE:FREQ=DAILY;COUNT=3",
            "EXDATE;VALUE=DATE:20261103", "END:VEVENT",
        ])
        // 20:00 in New York (UTC-5 after 2026-11-01) is 01:00Z the next day; the 3rd (local) is removed.
        #expect(Support.starts(expansion) == ["2026-11-03T01:00:00Z", "2026-11-05T01:00:00Z"])
    }

    @Test("an all-day event covers its dates, the end date excluded")
    func allDayDates() {
        let expansion = Support.read([
            "BEGIN:VEVENT", "UID:trip@test", "DTSTART;VALUE=DATE:20261224", "DTEND;VALUE=DATE:20261227", "SUMMARY:Trip", "END:VEVENT",
        ], zone: "America/New_York")
        let instance = try! #require(expansion.instances.first)
        #expect(instance.firstDate == CalendarDate(year: 2026, month: 12, day: 24))
        #expect(instance.lastDate == CalendarDate(year: 2026, month: 12, day: 26))
        #expect(instance.isAllDay)
    }

    @Test("a floating time is read in the reader's zone")
    func floatingTime() {
        let expansion = Support.read(["BEGIN:VEVENT", "UID:f@test", "DTSTART:20260701T090000", "DTEND:20260701T100000", "END:VEVENT"],
                                     zone: "Asia/Tokyo")
        #expect(Support.starts(expansion) == ["2026-07-01T00:00:00Z"])
    }

    @Test("recurring instances outside the window are left out, single events never")
    func window() {
        let window = CalendarWindow(start: Support.seconds("2026-01-05T00:00:00Z"), end: Support.seconds("2026-01-08T00:00:00Z"))
        let expansion = Support.read([
            "BEGIN:VEVENT", "UID:d@test", "DTSTART:20260101T090000Z", "RRULE:FREQ=DAILY", "END:VEVENT",
            "BEGIN:VEVENT", "UID:s@test", "DTSTART:20200101T090000Z", "END:VEVENT",
        ], window: window)
        #expect(Support.starts(expansion) == ["2020-01-01T09:00:00Z", "2026-01-05T09:00:00Z", "2026-01-06T09:00:00Z", "2026-01-07T09:00:00Z"])
        #expect(expansion.hasEndlessRecurrence)
    }
}

@Suite("Calendar diagnostics and bounds")
struct CalendarDiagnosticTests {
    typealias Support = CalendarTestSupport

    @Test("an unknown TZID is a warning at the line that names it, and the time is read in the reader's zone")
    func unknownTZID() {
        let expansion = Support.read(["BEGIN:VEVENT", "UID:x@test", "DTSTART;TZID=Mars/Olympus:20260701T090000", "END:VEVENT"])
        let diagnostic = try! #require(expansion.diagnostics.first)
        #expect(diagnostic.code == "calendar.unknown-tzid")
        #expect(diagnostic.span?.start.line == 6)
        #expect(Support.starts(expansion) == ["2026-07-01T09:00:00Z"])
    }

    @Test("an IANA id behind a vendor prefix is found")
    func prefixedTZID() {
        let expansion = Support.read([
            "BEGIN:VEVENT", "UID:x@test", "DTSTART;TZID=/mozilla.org/20050126_1/Europe/Berlin:20260701T090000", "END:VEVENT",
        ])
        #expect(expansion.diagnostics.isEmpty)
        #expect(Support.starts(expansion) == ["2026-07-01T07:00:00Z"])
    }

    @Test("a line libical cannot read is a warning at that line")
    func libicalErrorHasALine() {
        let expansion = Support.read([
            "BEGIN:VEVENT", "UID:x@test", "DTSTART:20260701T090000Z", "RRULE:FREQ=SOMETIMES", "SUMMARY:x", "END:VEVENT",
        ])
        let syntax = expansion.diagnostics.filter { $0.code == "calendar.syntax" }
        #expect(syntax.count == 1)
        #expect(syntax.first?.span?.start.line == 7)
    }

    @Test("a file that is not iCalendar, and one with a NUL byte, are errors with a position")
    func notICalendar() {
        let reader = CalendarReader(window: Support.wideWindow, zone: "UTC")
        let text = reader.read(SourceFile(path: "x.ics", text: "hello: world\n"))
        #expect(text.diagnostics.map(\.code) == ["calendar.not-icalendar"])
        #expect(text.diagnostics.first?.span?.start.line == 1)
        let nul = reader.read(SourceFile(path: "x.ics", bytes: Array("BEGIN:VCALENDAR\r\nX:a\u{0}b\r\n".utf8)))
        #expect(nul.diagnostics.first?.span?.start == SourcePosition(line: 2, column: 4, offset: 20))
    }

    @Test("FREQ=SECONDLY with date filters is not expanded, and returns at once")
    func secondlyWithImpossibleFilters() {
        let expansion = Support.read([
            "BEGIN:VEVENT", "UID:x@test", "DTSTART:20260101T000000Z", "RRULE:FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30", "END:VEVENT",
        ])
        #expect(expansion.diagnostics.map(\.code) == ["calendar.unsupported-recurrence"])
        #expect(expansion.diagnostics.first?.span?.start.line == 7)
        #expect(expansion.instances.count == 1)
    }

    @Test("millions of instances stop at the limit with a warning")
    func instanceLimit() {
        let limits = CalendarLimits(maxInstances: 1_000, maxRecurrenceSteps: 50_000)
        let expansion = Support.read(["BEGIN:VEVENT", "UID:x@test", "DTSTART:20260101T000000Z", "RRULE:FREQ=SECONDLY", "END:VEVENT"],
                                     limits: limits)
        #expect(expansion.instances.count == 1_000)
        #expect(expansion.diagnostics.map(\.code) == ["calendar.expansion-limit"])
        // A counted rule is stepped through from its start, so steps before the window count.
        let steps = Support.read(["BEGIN:VEVENT", "UID:x@test", "DTSTART:20200101T000000Z", "RRULE:FREQ=MINUTELY;COUNT=9000000", "END:VEVENT"],
                                 window: CalendarWindow(start: Support.seconds("2029-01-01T00:00:00Z"), end: Support.seconds("2029-01-02T00:00:00Z")),
                                 limits: limits)
        #expect(steps.diagnostics.map(\.code) == ["calendar.expansion-limit"])
        #expect(steps.instances.isEmpty)
    }
}
