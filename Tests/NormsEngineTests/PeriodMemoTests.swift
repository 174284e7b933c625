@testable import NormsEngine
import NormsPolicy
import Testing

/// A decision keeps the working periods found from `sent_at` (``PeriodMemo``) for its later
/// searches from the same instant: every search must answer exactly as one that walks the days
/// afresh, including searches that read more periods than the memo keeps.
@Suite("Period memo")
struct PeriodMemoTests {
    /// Calendars with overlapping periods, night shifts, days off, focus blocks and clock changes.
    static let calendars: [(zone: String, hours: String, holidays: [String], person: String)] = [
        ("Europe/Berlin", #"mon: ["09:00-13:00", "12:00-17:00"], tue-fri: "09:00-17:00""#, ["2026-12-24", "2026-12-25"], "{}"),
        ("America/New_York", #"daily: "22:00-06:00""#, ["2026-11-26"], #"{focus: ["daily 23:00-01:00"]}"#),
        ("Australia/Lord_Howe", #"mon-fri: "08:00-18:00""#, [], #"{away: [2026-10-05]}"#),
        ("Asia/Kathmandu", #"sun: "00:00-24:00", mon-thu: "00:00-24:00""#, ["2026-10-02"], "{}"),
    ]

    /// Instants around weekends, holidays and the clock changes of 2026.
    static let instants = [
        "2026-03-08T06:59:00Z", "2026-03-29T00:30:00Z", "2026-04-05T15:45:00Z", "2026-10-02T12:00:00Z",
        "2026-10-04T16:00:00Z", "2026-10-25T00:59:59Z", "2026-11-01T05:30:00Z", "2026-11-23T12:00:00Z",
        "2026-11-25T23:00:00Z", "2026-11-27T16:00:00Z", "2026-12-23T16:59:00Z", "2026-12-24T08:00:00Z",
    ]

    @Test(arguments: calendars.indices)
    func searchesFromTheKeptInstantAnswerAsSearchesAfresh(calendarIndex: Int) throws {
        let setup = Self.calendars[calendarIndex]
        let fresh = try Fixture.calendar(timezone: setup.zone, workingHours: setup.hours, holidays: setup.holidays, person: setup.person)
        for text in Self.instants {
            let start = at(text)
            let scratch = RecipientScratch(from: start, durationCount: 0)
            defer { scratch.free() }
            let kept = WorkCalendar(profile: fresh.profile, liveStatus: nil, memo: scratch.periods)
            // In the order a decision asks, then again (read from the memo), then past the memo's
            // sixteen periods (200 hours and 40 days read more), then short ones once more.
            for hours in [1, 8, 200, 4] {
                #expect(kept.state(at: start) == fresh.state(at: start), "\(text)")
                #expect(kept.nextAvailable(from: start) == fresh.nextAvailable(from: start), "\(text)")
                #expect(kept.isWorking(at: start) == fresh.isWorking(at: start), "\(text)")
                #expect(kept.adding(businessHours: hours, to: start) == fresh.adding(businessHours: hours, to: start), "\(text) \(hours) h")
                #expect(kept.adding(businessDays: hours / 5, to: start) == fresh.adding(businessDays: hours / 5, to: start), "\(text)")
                // Another instant is searched afresh.
                #expect(kept.adding(businessHours: hours, to: start + 60) == fresh.adding(businessHours: hours, to: start + 60), "\(text)")
            }
            #expect(fresh.adding(businessHours: 200, to: start) != nil, "\(text): the search reads more than the memo holds")
        }
    }
}
