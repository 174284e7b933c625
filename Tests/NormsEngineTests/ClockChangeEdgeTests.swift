import NormsEngine
import NormsPolicy
import Testing

/// Focus blocks and shifts whose ends fall in a gap or a repeat, and periods begun on holidays.
@Suite("Clock-change and holiday edges")
struct ClockChangeEdgeTests {
    @Test func focusBlockAcrossTheSpringGap() throws {
        // Sunday 00:00-06:00 in New York, focus Sunday 01:00-04:00. On 2026-03-08 the block runs
        // 01:00 EST (06:00Z) to 04:00 EDT (08:00Z): two real hours.
        let calendar = try Fixture.calendar(timezone: "America/New_York", workingHours: #"sun: "00:00-06:00""#,
                                            person: #"{focus: ["sun 01:00-04:00"]}"#)
        #expect(calendar.state(at: at("2026-03-08T01:30:00-05:00")) == .focus)
        #expect(calendar.state(at: at("2026-03-08T03:59:00-04:00")) == .focus)
        #expect(calendar.nextAvailable(from: at("2026-03-08T01:30:00-05:00")) == at("2026-03-08T04:00:00-04:00"))
        // The period itself is 00:00 EST (05:00Z) to 06:00 EDT (10:00Z): 5 hours.
        #expect(calendar.adding(businessHours: 5, to: at("2026-03-08T00:00:00-05:00")) == at("2026-03-08T06:00:00-04:00"))
    }

    @Test func aPeriodEndingInTheGapEndsAtTheGapsEnd() throws {
        // Sunday 00:00-02:30 in New York: 02:30 does not exist on 2026-03-08, so the period ends
        // at 03:00 EDT (07:00Z) — 2 real hours from 00:00 EST (05:00Z).
        let calendar = try Fixture.calendar(timezone: "America/New_York", workingHours: #"sun: "00:00-02:30""#)
        #expect(calendar.endOfWorkingDay(at("2026-03-08T01:00:00-05:00")) == at("2026-03-08T03:00:00-04:00"))
        #expect(calendar.adding(businessHours: 2, to: at("2026-03-08T00:00:00-05:00")) == at("2026-03-08T03:00:00-04:00"))
    }

    @Test func aPeriodInTheRepeatedHourStartsAtItsFirstOccurrence() throws {
        // Sunday 01:30-03:00 in New York on 2026-11-01: 01:30 first occurs at EDT (05:30Z); 03:00
        // is EST (08:00Z): 2.5 real hours.
        let calendar = try Fixture.calendar(timezone: "America/New_York", workingHours: #"sun: "01:30-03:00""#)
        #expect(calendar.state(at: at("2026-11-01T01:30:00-04:00")) == .available)
        #expect(calendar.state(at: at("2026-11-01T01:29:00-04:00")) == .afterHours)
        #expect(calendar.endOfWorkingDay(at("2026-11-01T01:30:00-04:00")) == at("2026-11-01T03:00:00-05:00"))
        #expect(calendar.adding(businessHours: 2, to: at("2026-11-01T01:30:00-04:00")) == at("2026-11-01T02:30:00-05:00"))
    }

    @Test func sentInAShiftBegunOnAHoliday() throws {
        // daily 22:00-06:00, holiday 2026-12-24. At 02:00 on the 25th the shift begun on the
        // 24th does not count: after hours; the next period is the 25th's 22:00 shift.
        let calendar = try Fixture.calendar(workingHours: #"daily: "22:00-06:00""#, holidays: ["2026-12-24"])
        let sent = at("2026-12-25T02:00:00+01:00")
        #expect(calendar.adding(businessHours: 1, to: sent) == at("2026-12-25T23:00:00+01:00"))
        // Arrival day is the 25th; 1 business day → the 26th's shift, ending 06:00 on the 27th.
        #expect(calendar.adding(businessDays: 1, to: sent) == at("2026-12-27T06:00:00+01:00"))
        // Sent inside the 23rd's shift (02:00 on the holiday): arrival day is the 23rd, so one
        // business day is the 25th's shift (the 24th is no working day), ending 06:00 on the 26th.
        #expect(calendar.adding(businessDays: 1, to: at("2026-12-24T02:00:00+01:00")) == at("2026-12-26T06:00:00+01:00"))
    }

    @Test func liveStatusUntilInAnotherOffset() throws {
        // `until` written in UTC: 11:00Z is 12:00 in Berlin.
        let calendar = try Fixture.calendar(live: (.focus, until: "2026-11-24T11:00:00Z"), sentAt: "2026-11-24T10:00:00+01:00")
        #expect(calendar.state(at: at("2026-11-24T11:59:00+01:00")) == .focus)
        #expect(calendar.state(at: at("2026-11-24T12:00:00+01:00")) == .available)
    }
}
