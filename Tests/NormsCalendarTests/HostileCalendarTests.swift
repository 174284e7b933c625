import Foundation
@testable import NormsCalendar
import NormsSource
import Testing

/// Calendars built to make the reader crash or work without end: each is refused or cut short
/// with a positioned diagnostic, in bounded time.
@Suite("Hostile calendars")
struct HostileCalendarTests {
    typealias Support = CalendarTestSupport

    // MARK: - Nesting

    @Test("100,000 nested components are refused at the first one too deep, before libical reads them", .timeLimit(.minutes(5)))
    func deepNesting() throws {
        let depth = 100_000
        let expansion = Support.read(Array(repeating: "BEGIN:X-A", count: depth) + Array(repeating: "END:X-A", count: depth))
        let diagnostic = try #require(expansion.diagnostics.first)
        #expect(expansion.diagnostics.count == 1)
        #expect(diagnostic.code == "calendar.too-deep")
        #expect(diagnostic.severity == .error)
        // VCALENDAR is level 1 (line 1); the body starts on line 4 at level 2, so level 17 is line 19.
        #expect(diagnostic.span?.start.line == 19)
        #expect(expansion.instances.isEmpty)
        #expect(expansion.hasErrors)
    }

    @Test("BEGIN lines never closed count as open levels too", .timeLimit(.minutes(5)))
    func unclosedNesting() {
        let expansion = Support.read(Array(repeating: "BEGIN:VEVENT", count: 50_000))
        #expect(expansion.diagnostics.map(\.code) == ["calendar.too-deep"])
        #expect(expansion.diagnostics.first?.span?.start.line == 19)
    }

    @Test("16 levels are read as usual")
    func sixteenLevels() {
        let expansion = Support.read(Array(repeating: "BEGIN:X-A", count: 14)
            + ["BEGIN:VEVENT", "UID:deep@test", "DTSTART:20260701T090000Z", "END:VEVENT"]
            + Array(repeating: "END:X-A", count: 14))
        #expect(expansion.diagnostics.isEmpty)
        #expect(Support.starts(expansion) == ["2026-07-01T09:00:00Z"])
    }

    // MARK: - Recurrence work

    @Test("rules whose date filters name no existing day are not expanded, and cost nothing", .timeLimit(.minutes(5)))
    func impossibleFilters() {
        let events = (0..<50).flatMap { index in
            ["BEGIN:VEVENT", "UID:\(index)@test", "DTSTART:20260101T090000Z", "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "END:VEVENT"]
        }
        let expansion = Support.read(events + [
            "BEGIN:VEVENT", "UID:m@test", "DTSTART:20260101T090000Z", "RRULE:FREQ=MONTHLY;BYMONTH=4,6;BYMONTHDAY=31", "END:VEVENT",
            "BEGIN:VEVENT", "UID:y@test", "DTSTART:20260101T090000Z", "RRULE:FREQ=YEARLY;BYMONTH=1;BYYEARDAY=-1", "END:VEVENT",
        ])
        #expect(expansion.diagnostics.count == 52)
        #expect(Set(expansion.diagnostics.map(\.code)) == ["calendar.unsupported-recurrence"])
        // The first rule is on line 7 of the file (three header lines, then BEGIN, UID, DTSTART).
        #expect(expansion.diagnostics.first?.span?.start.line == 7)
        #expect(expansion.diagnostics.first?.message.contains("never") == true)
        // Each event keeps its first instance.
        #expect(expansion.instances.count == 52)
    }

    @Test("rules that match rarely from a DTSTART in year 1 start at the window and give the right instances", .timeLimit(.minutes(5)))
    func ancientStart() {
        let events = (0..<20).flatMap { index in
            ["BEGIN:VEVENT", "UID:\(index)@test", "DTSTART:00010101T090000Z", "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29", "END:VEVENT"]
        }
        let expansion = Support.read(events)
        #expect(expansion.diagnostics.isEmpty)
        #expect(expansion.hasEndlessRecurrence)
        // Leap days inside 2020-01-01 ..< 2030-01-01.
        #expect(Set(Support.starts(expansion)) == ["2020-02-29T09:00:00Z", "2024-02-29T09:00:00Z", "2028-02-29T09:00:00Z"])
        #expect(expansion.instances.count == 60)
    }

    @Test("the iteration that starts at the window keeps the rule's phase", .timeLimit(.minutes(5)))
    func windowStartKeepsPhase() {
        let window = CalendarWindow(start: Support.seconds("2026-01-10T00:00:00Z"), end: Support.seconds("2026-01-20T00:00:00Z"))
        let expansion = Support.read([
            "BEGIN:VEVENT", "UID:d@test", "DTSTART:19900101T090000Z", "RRULE:FREQ=DAILY;INTERVAL=3", "END:VEVENT",
            "BEGIN:VEVENT", "UID:a@test", "DTSTART;VALUE=DATE:19900102", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "END:VEVENT",
        ], window: window)
        #expect(expansion.diagnostics.isEmpty)
        // 1990-01-01 + 3n days: 13,149 days later is 2026-01-01, so 2026-01-10, -13, -16, -19.
        // Every other Tuesday from 1990-01-02: 2026-01-13 is 1,880 weeks later (even), so it counts.
        #expect(Support.starts(expansion) == [
            "2026-01-10T09:00:00Z", "2026-01-13", "2026-01-13T09:00:00Z", "2026-01-16T09:00:00Z", "2026-01-19T09:00:00Z",
        ])
    }

    @Test("a counted rule from long before the window is not expanded", .timeLimit(.minutes(5)))
    func ancientCountedRule() {
        let expansion = Support.read([
            "BEGIN:VEVENT", "UID:c@test", "DTSTART:00010101T090000Z", "RRULE:FREQ=DAILY;COUNT=1000;BYMONTH=2;BYMONTHDAY=29", "END:VEVENT",
        ])
        #expect(expansion.diagnostics.map(\.code) == ["calendar.unsupported-recurrence"])
        #expect(expansion.diagnostics.first?.span?.start.line == 7)
        #expect(expansion.instances.isEmpty)
    }

    @Test("the time budget of a file stops expansion with a warning")
    func timeBudget() {
        let limits = CalendarLimits(maxExpansionTime: .zero)
        let expansion = Support.read([
            "BEGIN:VEVENT", "UID:w@test", "DTSTART:20260105T090000Z", "RRULE:FREQ=WEEKLY", "END:VEVENT",
            "BEGIN:VEVENT", "UID:s@test", "DTSTART:20260107T090000Z", "END:VEVENT",
        ], limits: limits)
        #expect(expansion.diagnostics.map(\.code) == ["calendar.expansion-limit"])
        #expect(expansion.diagnostics.first?.message.contains("seconds") == true)
        // Events that do not repeat cost no recurrence work and are still read.
        #expect(Support.starts(expansion).contains("2026-01-07T09:00:00Z"))
    }

    // MARK: - libical errors

    @Test("20,000 unreadable lines: the first 100 are listed at their lines, the rest counted", .timeLimit(.minutes(5)))
    func manyUnreadableLines() {
        let count = 20_000
        let expansion = Support.read((0..<count).map { "garbage\($0)" })
        let syntax = expansion.diagnostics.filter { $0.code == "calendar.syntax" }
        #expect(syntax.count == 101)
        #expect(syntax.prefix(100).map { $0.span?.start.line } == (4..<104).map { Optional($0) })
        #expect(syntax.last?.message.contains("19900 more") == true)
    }

    @Test("two equal unreadable lines point at both, and errors are found in file order", .timeLimit(.minutes(5)))
    func equalUnreadableLines() {
        let expansion = Support.read([
            "garbage", "garbage",
            "BEGIN:VEVENT", "UID:x@test", "DTSTART:20260701T090000Z", "RRULE:FREQ=SOMETIMES", "DTEND:notadate", "END:VEVENT",
        ])
        let lines = expansion.diagnostics.filter { $0.code == "calendar.syntax" }.compactMap { $0.span?.start.line }
        #expect(lines == [4, 5, 9, 10])
    }

    @Test("a component with 20,000 distinct bad properties is attributed in linear time", .timeLimit(.minutes(5)))
    func manyBadProperties() {
        let expansion = Support.read(["BEGIN:VEVENT", "UID:x@test", "DTSTART:20260701T090000Z"]
            + (0..<20_000).map { "DTEND:bad\($0)" } + ["END:VEVENT"])
        let syntax = expansion.diagnostics.filter { $0.code == "calendar.syntax" }
        #expect(syntax.prefix(3).map { $0.span?.start.line } == [7, 8, 9])
        #expect(syntax.count == 101)
    }

    // MARK: - Time zones

    @Test("a TZID of 100,000 parts, named by 20 events, is unknown once and costs little", .timeLimit(.minutes(5)))
    func longTZID() {
        let tzid = String(repeating: "/a", count: 100_000)
        let events = (0..<20).flatMap { index in
            ["BEGIN:VEVENT", "UID:\(index)@test", "DTSTART;TZID=\(tzid):20260701T09\(10 + index)00", "DTEND;TZID=\(tzid):20260701T100000", "END:VEVENT"]
        }
        let expansion = Support.read(events)
        #expect(expansion.diagnostics.map(\.code) == ["calendar.unknown-tzid"])
        #expect(expansion.diagnostics.first?.span?.start.line == 6)
        #expect(expansion.instances.count == 20)
        #expect(Support.starts(expansion).first == "2026-07-01T09:10:00Z")
    }

    @Test("a zone id of three parts behind a vendor prefix is found, and a shared TZID gives the same zone each time")
    func threePartZone() {
        let expansion = Support.read([
            "BEGIN:VEVENT", "UID:a@test", "DTSTART;TZID=/vendor/x/y/America/Argentina/Buenos_Aires:20260701T090000", "END:VEVENT",
            "BEGIN:VEVENT", "UID:b@test", "DTSTART;TZID=/vendor/x/y/America/Argentina/Buenos_Aires:20260702T090000", "END:VEVENT",
        ])
        #expect(expansion.diagnostics.isEmpty)
        // Buenos Aires is UTC-3 all year.
        #expect(Support.starts(expansion) == ["2026-07-01T12:00:00Z", "2026-07-02T12:00:00Z"])
    }
}
