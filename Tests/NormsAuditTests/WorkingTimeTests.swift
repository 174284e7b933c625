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

    @Test("a reply more than a year late counts all its working time, up to ten years", .timeLimit(.minutes(5)))
    func longLateness() throws {
        let calendar = try calendar()
        let cuts = ["2026-01-05T09:00:00Z", "2026-09-01T09:00:00Z", "2027-05-03T09:00:00Z", "2028-01-03T09:00:00Z"].map(instant)
        // Each piece is shorter than a year, so each is counted in full; the whole must be their sum.
        let pieces = zip(cuts, cuts.dropFirst()).map { calendar.workingSeconds(from: $0, to: $1) }
        #expect(pieces.allSatisfy { $0 > 0 })
        #expect(calendar.workingSeconds(from: cuts[0], to: cuts[3]) == pieces.reduce(0, +))
        // Past ten years the count stops growing.
        let nine = calendar.workingSeconds(from: cuts[0], to: instant("2035-01-05T09:00:00Z"))
        let eleven = calendar.workingSeconds(from: cuts[0], to: instant("2037-01-05T09:00:00Z"))
        let twenty = calendar.workingSeconds(from: cuts[0], to: instant("2046-01-05T09:00:00Z"))
        #expect(nine < eleven)
        #expect(eleven == twenty)
    }
}
