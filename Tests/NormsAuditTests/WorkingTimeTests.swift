import NormsEngine
import Testing

/// Working time between two instants, which measures how late a reply is.
@Suite("Working time between instants")
struct WorkingTimeTests {
    func calendar() throws -> WorkCalendar {
        WorkCalendar(profile: try #require(try AuditFixture.evaluator().profile("bob")))
    }

    func instant(_ text: String) -> Instant { Timestamp.parse(text)!.instant }

    @Test(arguments: [
        ("2026-11-24T10:00:00Z", "2026-11-24T13:00:00Z", 3 * 3600),     // inside one day
        ("2026-11-23T16:00:00Z", "2026-11-24T10:00:00Z", 2 * 3600),     // 16-17 Mon, 09-10 Tue
        ("2026-11-27T16:30:00Z", "2026-11-30T09:30:00Z", 3600),         // across a weekend: 30m Fri, 30m Mon
        ("2026-12-25T13:00:00Z", "2026-12-25T14:00:00Z", 0),            // on a holiday
        ("2026-11-24T13:00:00Z", "2026-11-24T10:00:00Z", 0),            // end before start
    ])
    func workingSeconds(from start: String, to end: String, expected: Int) throws {
        #expect(try calendar().workingSeconds(from: instant(start), to: instant(end)) == expected)
    }

    @Test func isTheInverseOfAddingBusinessHours() throws {
        let calendar = try calendar()
        let start = instant("2026-11-24T15:00:00Z")
        for hours in [1, 2, 9, 40] {
            let end = try #require(calendar.adding(businessHours: hours, to: start))
            #expect(calendar.workingSeconds(from: start, to: end) == hours * 3600)
        }
    }
}
