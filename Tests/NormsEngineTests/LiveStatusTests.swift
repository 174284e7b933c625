import NormsEngine
import NormsPolicy
import Testing

/// Live statuses reported with a message: how long they last, and what they change.
@Suite("Live statuses")
struct LiveStatusTests {
    static let person = #"{focus: ["mon-fri 09:00-11:00"]}"#

    /// Berlin mon-fri 09:00-17:00 with a 09:00-11:00 focus block and a holiday on Thu 2026-12-24.
    static func calendar(_ status: LiveStatus, from sentAt: String, until: String? = nil) throws -> WorkCalendar {
        try Fixture.calendar(holidays: ["2026-12-24"], person: person, live: (status, until: until), sentAt: sentAt)
    }

    @Test(arguments: [
        // sent, the end of the current (or next) counted period
        ("2026-11-24T10:00:00+01:00", "2026-11-24T17:00:00+01:00"),  // Tue, inside a period: its end
        ("2026-11-24T08:00:00+01:00", "2026-11-24T17:00:00+01:00"),  // Tue before work: the period to come
        ("2026-11-24T17:00:00+01:00", "2026-11-25T17:00:00+01:00"),  // at the end: the next period
        ("2026-11-27T18:00:00+01:00", "2026-11-30T17:00:00+01:00"),  // Fri evening: Monday's period
        ("2026-12-23T18:00:00+01:00", "2026-12-25T17:00:00+01:00"),  // Thursday is a holiday: Friday's
    ])
    func statusWithoutUntilLastsToTheEndOfAPeriod(_ sent: String, _ end: String) throws {
        let calendar = try Fixture.calendar(holidays: ["2026-12-24"], person: Self.person)
        #expect(calendar.endOfWorkingDay(at(sent)) == at(end))
    }

    @Test func liveFocusAndDnd() throws {
        // Sent Tue 12:00 with `focus` and no `until`: lasts to 17:00.
        let focus = try Self.calendar(.focus, from: "2026-11-24T12:00:00+01:00")
        #expect(focus.state(at: at("2026-11-24T12:00:00+01:00")) == .focus)
        #expect(focus.state(at: at("2026-11-24T16:59:00+01:00")) == .focus)
        #expect(focus.state(at: at("2026-11-24T17:00:00+01:00")) == .afterHours)
        #expect(focus.state(at: at("2026-11-25T12:00:00+01:00")) == .available)   // over by Wednesday
        let dnd = try Self.calendar(.dnd, from: "2026-11-24T12:00:00+01:00")
        #expect(dnd.state(at: at("2026-11-24T12:00:00+01:00")) == .focus)         // dnd reads as focus
    }

    @Test func liveFocusWithUntil() throws {
        let calendar = try Self.calendar(.focus, from: "2026-11-24T12:00:00+01:00", until: "2026-11-24T13:00:00+01:00")
        #expect(calendar.state(at: at("2026-11-24T12:59:59+01:00")) == .focus)
        #expect(calendar.state(at: at("2026-11-24T13:00:00+01:00")) == .available)  // `until` is excluded
    }

    @Test func liveAwaySentOutsideWorkingHours() throws {
        // Sent Fri 18:00: it lasts to the end of the next period, Monday 17:00, and `away` comes
        // before `after_hours`, so the weekend reads as away too.
        let calendar = try Self.calendar(.away, from: "2026-11-27T18:00:00+01:00")
        #expect(calendar.state(at: at("2026-11-27T18:00:00+01:00")) == .away)
        #expect(calendar.state(at: at("2026-11-28T12:00:00+01:00")) == .away)
        #expect(calendar.state(at: at("2026-11-30T12:00:00+01:00")) == .away)
        #expect(calendar.state(at: at("2026-11-30T17:00:00+01:00")) == .afterHours)
        #expect(calendar.state(at: at("2026-12-01T12:00:00+01:00")) == .available)
    }

    @Test func liveAvailableCancelsFocusBlocksOnly() throws {
        // Sent Tue 08:00 (before work): lasts to Tue 17:00.
        let calendar = try Self.calendar(.available, from: "2026-11-24T08:00:00+01:00")
        #expect(calendar.state(at: at("2026-11-24T08:00:00+01:00")) == .afterHours)  // never makes after-hours available
        #expect(calendar.state(at: at("2026-11-24T10:00:00+01:00")) == .available)   // cancels the focus block
        #expect(calendar.state(at: at("2026-11-25T10:00:00+01:00")) == .focus)       // Wednesday's block is back
        let holiday = try Self.calendar(.available, from: "2026-12-24T10:00:00+01:00")
        #expect(holiday.state(at: at("2026-12-24T10:00:00+01:00")) == .holiday)      // nor holidays
    }

    @Test func liveAvailableDoesNotCancelAwayDates() throws {
        let calendar = try Fixture.calendar(person: "{away: [2026-11-24]}", live: (.available, until: nil), sentAt: "2026-11-24T10:00:00+01:00")
        #expect(calendar.state(at: at("2026-11-24T10:00:00+01:00")) == .away)
    }
}
