import NormsEngine
import NormsPolicy
import Testing

/// Step 3.1: the recipient's state at an instant — away, holiday, after_hours, focus, available,
/// the first that holds.
@Suite("WorkCalendar state")
struct WorkCalendarStateTests {
    /// Berlin, mon-fri 09:00-17:00, focus mon-fri 09:00-11:00, away Tue 2026-12-01..Sat 12-05,
    /// holidays Thu 2026-12-24 and Sat 2026-12-26.
    static func office() throws -> WorkCalendar {
        try Fixture.calendar(holidays: ["2026-12-24", "2026-12-26"],
                             person: #"{focus: ["mon-fri 09:00-11:00"], away: [2026-12-01..2026-12-05]}"#)
    }

    @Test(arguments: [
        ("2026-11-24T10:00:00+01:00", RecipientState.focus),        // Tue, inside the 09-11 focus block
        ("2026-11-24T09:00:00+01:00", .focus),                      // a block includes its start
        ("2026-11-24T11:00:00+01:00", .available),                  // … and excludes its end
        ("2026-11-24T12:00:00+01:00", .available),                  // working, no block
        ("2026-11-24T16:59:59+01:00", .available),                  // last second of the period
        ("2026-11-24T17:00:00+01:00", .afterHours),                 // a period excludes its end
        ("2026-11-24T08:59:59+01:00", .afterHours),                 // before the period
        ("2026-11-28T12:00:00+01:00", .afterHours),                 // Saturday: no period begins
        ("2026-12-24T10:00:00+01:00", .holiday),                    // holiday beats focus and working time
        ("2026-12-26T12:00:00+01:00", .holiday),                    // a Saturday holiday is still `holiday`
        ("2026-12-25T10:00:00+01:00", .focus),                      // the day after is a normal Friday
        ("2026-12-01T10:00:00+01:00", .away),                       // away beats focus
        ("2026-12-05T12:00:00+01:00", .away),                       // away beats after_hours (a Saturday)
        ("2026-12-06T12:00:00+01:00", .afterHours),                 // Sunday after the away range
        ("2026-12-07T10:00:00+01:00", .focus),                      // back on Monday
        ("2026-11-24T09:30:00Z", .focus),                           // 10:30 in Berlin, whatever the input offset
    ])
    func stateInTheOffice(_ time: String, _ expected: RecipientState) throws {
        #expect(try Self.office().state(at: at(time)) == expected)
    }

    @Test func awayBeatsHolidayOnTheSameDate() throws {
        // 2026-12-24 is both a holiday and an away date: away is tested first.
        let calendar = try Fixture.calendar(holidays: ["2026-12-24"], person: "{away: [2026-12-23..2026-12-24]}")
        #expect(calendar.state(at: at("2026-12-24T10:00:00+01:00")) == .away)
        #expect(calendar.state(at: at("2026-12-25T10:00:00+01:00")) == .available)
    }

    @Test(arguments: [
        ("2026-12-23T21:59:00+01:00", RecipientState.afterHours),   // before the 23rd's shift
        ("2026-12-23T23:00:00+01:00", .available),                  // the 23rd's shift
        ("2026-12-24T02:00:00+01:00", .holiday),                    // still the 23rd's shift, but the date is a holiday
        ("2026-12-24T23:00:00+01:00", .holiday),                    // the holiday's own shift does not count either
        ("2026-12-25T02:00:00+01:00", .afterHours),                 // the shift begun on the holiday does not count
        ("2026-12-25T22:00:00+01:00", .available),                  // the 25th's shift
        ("2026-12-26T05:59:59+01:00", .available),                  // … until 06:00 on the 26th
        ("2026-12-26T06:00:00+01:00", .afterHours),
    ])
    func overnightShiftsAroundAHoliday(_ time: String, _ expected: RecipientState) throws {
        let calendar = try Fixture.calendar(workingHours: #"daily: "22:00-06:00""#, holidays: ["2026-12-24"])
        #expect(calendar.state(at: at(time)) == expected)
    }

    @Test func theHolidayPartOfAShiftBegunTheDayBeforeIsWorkingTime() throws {
        // The period begins on the 23rd, so it counts; only the state says `holiday`.
        let calendar = try Fixture.calendar(workingHours: #"daily: "22:00-06:00""#, holidays: ["2026-12-24"])
        #expect(calendar.isWorking(at: at("2026-12-24T02:00:00+01:00")))
        #expect(!calendar.isWorking(at: at("2026-12-25T02:00:00+01:00")))
    }

    @Test(arguments: [
        // Spring forward: the Saturday 22:00 EST shift ends at 06:00 EDT (10:00Z).
        ("2026-03-08T01:30:00-05:00", RecipientState.available),
        ("2026-03-08T05:30:00-04:00", .available),
        ("2026-03-08T06:00:00-04:00", .afterHours),
        // Fall back: 01:30 happens twice, both inside the Saturday shift; it ends at 06:00 EST (11:00Z).
        ("2026-11-01T01:30:00-04:00", .available),
        ("2026-11-01T01:30:00-05:00", .available),
        ("2026-11-01T05:59:00-05:00", .available),
        ("2026-11-01T06:00:00-05:00", .afterHours),
        ("2026-11-01T21:59:00-05:00", .afterHours),
    ])
    func overnightShiftAcrossAClockChange(_ time: String, _ expected: RecipientState) throws {
        let calendar = try Fixture.calendar(timezone: "America/New_York", workingHours: #"daily: "22:00-06:00""#)
        #expect(calendar.state(at: at(time)) == expected)
    }

    @Test(arguments: [
        ("2026-11-24T17:59:00+01:00", RecipientState.afterHours),
        ("2026-11-24T18:00:00+01:00", .available),
        ("2026-11-24T23:59:59+01:00", .available),                  // 24:00 is the end of Tuesday
        ("2026-11-25T00:00:00+01:00", .afterHours),                 // … which excludes Wednesday's midnight
        ("2026-11-28T00:30:00+01:00", .afterHours),                 // Friday's range ends at Saturday 00:00
    ])
    func rangesEndingAtMidnight(_ time: String, _ expected: RecipientState) throws {
        let calendar = try Fixture.calendar(workingHours: #"mon-fri: "18:00-24:00""#)
        #expect(calendar.state(at: at(time)) == expected)
    }

    @Test func santiagoShiftStartingAtAMissingMidnight() throws {
        // 2026-09-06 00:00 does not exist in Santiago: a 00:00-08:00 Sunday shift starts 01:00 -03.
        let calendar = try Fixture.calendar(timezone: "America/Santiago", workingHours: #"sun: "00:00-08:00""#)
        #expect(calendar.state(at: at("2026-09-06T03:59:59Z")) == .afterHours)   // 23:59:59 -04 on Saturday
        #expect(calendar.state(at: at("2026-09-06T04:00:00Z")) == .available)    // 01:00 -03
        #expect(calendar.state(at: at("2026-09-06T07:59:00-03:00")) == .available)
        #expect(calendar.state(at: at("2026-09-06T08:00:00-03:00")) == .afterHours)
    }
}
