import NormsEngine
import NormsPolicy
import Testing

/// The next instant a recipient is `available`: `notify_at` for `later`.
@Suite("Next available instant")
struct NextAvailableTests {
    /// Berlin mon-fri 09:00-17:00, focus mon-fri 09:00-11:00, away Tue 2026-12-01..Sat 12-05,
    /// holidays 2026-12-24..26 (Thu–Sat) and Fri 2027-01-01.
    static func office() throws -> WorkCalendar {
        try Fixture.calendar(holidays: ["2026-12-24..2026-12-26", "2027-01-01"],
                             person: #"{focus: ["mon-fri 09:00-11:00"], away: [2026-12-01..2026-12-05]}"#)
    }

    @Test(arguments: [
        ("2026-11-24T12:00:00+01:00", "2026-11-24T12:00:00+01:00"),  // available now: itself
        ("2026-11-24T08:00:00+01:00", "2026-11-24T11:00:00+01:00"),  // before work: after the 09-11 block
        ("2026-11-24T10:00:00+01:00", "2026-11-24T11:00:00+01:00"),  // in the block: its end
        ("2026-11-24T17:00:00+01:00", "2026-11-25T11:00:00+01:00"),  // at the end of the day: tomorrow after focus
        ("2026-11-27T18:00:00+01:00", "2026-11-30T11:00:00+01:00"),  // Friday evening: Monday
        ("2026-11-30T18:00:00+01:00", "2026-12-07T11:00:00+01:00"),  // away Tue–Sat, then Sunday: next Monday
        ("2026-12-23T18:00:00+01:00", "2026-12-28T11:00:00+01:00"),  // Thu–Sat holidays, Sunday: Monday
        ("2026-12-31T17:00:00+01:00", "2027-01-04T11:00:00+01:00"),  // New Year on a Friday: Monday
        ("2026-12-24T10:00:00+01:00", "2026-12-28T11:00:00+01:00"),  // sent on a holiday
    ])
    func nextAvailable(_ sent: String, _ expected: String) throws {
        #expect(try Self.office().nextAvailable(from: at(sent)) == at(expected))
    }

    @Test func focusBlocksBackToBackAndAcrossThePeriodStart() throws {
        // 08:00-10:00 covers the start of work; 10:00-12:00 follows it: free at 12:00.
        let calendar = try Fixture.calendar(person: #"{focus: ["mon-fri 08:00-10:00", {days: mon-fri, hours: "10:00-12:00"}]}"#)
        #expect(calendar.nextAvailable(from: at("2026-11-24T07:00:00+01:00")) == at("2026-11-24T12:00:00+01:00"))
    }

    @Test func overnightFocusBlockInAnOvernightShift() throws {
        // Shift 22:00-06:00 daily, focus 23:00-01:00 daily.
        let calendar = try Fixture.calendar(workingHours: #"daily: "22:00-06:00""#, person: #"{focus: ["daily 23:00-01:00"]}"#)
        #expect(calendar.nextAvailable(from: at("2026-11-24T22:30:00+01:00")) == at("2026-11-24T22:30:00+01:00"))
        #expect(calendar.nextAvailable(from: at("2026-11-24T23:30:00+01:00")) == at("2026-11-25T01:00:00+01:00"))
        #expect(calendar.nextAvailable(from: at("2026-11-25T00:30:00+01:00")) == at("2026-11-25T01:00:00+01:00"))
    }

    @Test func liveStatusesMoveTheNextAvailableInstant() throws {
        let person = #"{focus: ["mon-fri 09:00-11:00"]}"#
        // `dnd` sent Tue 12:00 without `until` lasts to 17:00: next is Wednesday after focus.
        let dnd = try Fixture.calendar(person: person, live: (.dnd, until: nil), sentAt: "2026-11-24T12:00:00+01:00")
        #expect(dnd.nextAvailable(from: at("2026-11-24T12:00:00+01:00")) == at("2026-11-25T11:00:00+01:00"))
        // `focus` until 15:00: available at 15:00.
        let focus = try Fixture.calendar(person: person, live: (.focus, until: "2026-11-24T15:00:00+01:00"), sentAt: "2026-11-24T12:00:00+01:00")
        #expect(focus.nextAvailable(from: at("2026-11-24T12:00:00+01:00")) == at("2026-11-24T15:00:00+01:00"))
        // `available` during the focus block: available at once.
        let available = try Fixture.calendar(person: person, live: (.available, until: nil), sentAt: "2026-11-24T10:00:00+01:00")
        #expect(available.nextAvailable(from: at("2026-11-24T10:00:00+01:00")) == at("2026-11-24T10:00:00+01:00"))
        // Live `away` until Thursday 10:30 runs into Thursday's block: 11:00.
        let away = try Fixture.calendar(person: person, live: (.away, until: "2026-11-26T10:30:00+01:00"), sentAt: "2026-11-24T12:00:00+01:00")
        #expect(away.nextAvailable(from: at("2026-11-24T12:00:00+01:00")) == at("2026-11-26T11:00:00+01:00"))
    }

    @Test func overnightShiftRunningIntoAHoliday() throws {
        // The 23rd's shift counts, but its part on the 24th reads `holiday`: from 02:00 on the
        // 24th the next available instant is the 25th's 22:00 shift (the 24th's does not count).
        let calendar = try Fixture.calendar(workingHours: #"daily: "22:00-06:00""#, holidays: ["2026-12-24"])
        #expect(calendar.nextAvailable(from: at("2026-12-24T02:00:00+01:00")) == at("2026-12-25T22:00:00+01:00"))
        #expect(calendar.nextAvailable(from: at("2026-12-23T23:00:00+01:00")) == at("2026-12-23T23:00:00+01:00"))
    }
}
