import NormsEngine
import NormsPolicy
import Testing

/// `N business days`: the end of the last period that begins on the N-th working day after the
/// arrival day (the day the period containing `sent_at`, or the next one, begins).
@Suite("Business days")
struct BusinessDaysTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var zone = "Europe/Berlin"
        var hours = #"mon-fri: "09:00-17:00""#
        var holidays: [String] = []
        var person = "{}"
        var sent: String
        var count = 1
        var expected: String
        var why: String
        var testDescription: String { why }
    }

    static let cases: [Case] = [
        // The brief's three examples (2026-11-24 is a Tuesday).
        Case(sent: "2026-11-24T10:00:00+01:00", expected: "2026-11-25T17:00:00+01:00", why: "brief: Tue 10:00 → Wed 17:00"),
        Case(sent: "2026-11-24T08:00:00+01:00", expected: "2026-11-25T17:00:00+01:00", why: "brief: Tue 08:00 arrives Tue → Wed 17:00"),
        Case(sent: "2026-11-27T18:00:00+01:00", expected: "2026-12-01T17:00:00+01:00", why: "brief: Fri 18:00 arrives Mon → Tue 17:00"),
        Case(sent: "2026-11-24T17:00:00+01:00", expected: "2026-11-26T17:00:00+01:00", why: "Tue 17:00 is past Tuesday's period: arrives Wed → Thu"),
        Case(sent: "2026-11-24T10:00:00+01:00", count: 3, expected: "2026-11-27T17:00:00+01:00", why: "3 days from Tue: Wed, Thu, Fri"),
        Case(sent: "2026-11-26T10:00:00+01:00", count: 2, expected: "2026-11-30T17:00:00+01:00", why: "2 days from Thu: Fri, Mon"),
        // Holidays next to weekends.
        Case(holidays: ["2026-12-24..2026-12-26"], sent: "2026-12-23T10:00:00+01:00",
             expected: "2026-12-28T17:00:00+01:00", why: "Wed before Thu–Sat holidays: the next working day is Mon"),
        Case(holidays: ["2026-12-24..2026-12-26"], sent: "2026-12-23T18:00:00+01:00",
             expected: "2026-12-29T17:00:00+01:00", why: "Wed evening arrives Mon 28th → Tue 29th"),
        Case(holidays: ["2027-01-01"], sent: "2026-12-31T10:00:00+01:00",
             expected: "2027-01-04T17:00:00+01:00", why: "Thu before a Friday holiday → Mon"),
        Case(holidays: ["2026-11-30"], sent: "2026-11-27T10:00:00+01:00",
             expected: "2026-12-01T17:00:00+01:00", why: "Fri before a Monday holiday → Tue"),
        Case(person: "{away: [2026-11-25..2026-11-27]}", sent: "2026-11-24T10:00:00+01:00",
             expected: "2026-11-30T17:00:00+01:00", why: "away Wed–Fri → Mon"),
        // 2028-02-29 exists (2028-02-28 is a Monday).
        Case(sent: "2028-02-28T10:00:00+01:00", expected: "2028-02-29T17:00:00+01:00", why: "Mon 28 Feb 2028 → Tue 29 Feb"),
        Case(sent: "2028-02-25T10:00:00+01:00", count: 2, expected: "2028-02-29T17:00:00+01:00", why: "Fri 25 Feb, 2 days: Mon 28, Tue 29"),
        Case(holidays: ["2028-02-29"], sent: "2028-02-28T10:00:00+01:00", expected: "2028-03-01T17:00:00+01:00",
             why: "a holiday on 29 Feb → Wed 1 Mar"),
        // Two periods on a day: the end of the last one.
        Case(hours: #"mon-thu: "09:00-17:00", fri: ["09:00-12:00", "13:00-15:00"]"#, sent: "2026-11-26T10:00:00+01:00",
             expected: "2026-11-27T15:00:00+01:00", why: "Thu → Fri, whose last period ends 15:00"),
        Case(hours: #"mon-thu: "09:00-17:00", fri: ["09:00-12:00", "13:00-15:00"]"#, sent: "2026-11-27T12:30:00+01:00",
             expected: "2026-11-30T17:00:00+01:00", why: "Fri lunch: the next period begins Fri, so arrival is Fri → Mon"),
        // Overnight shifts: a period belongs to the day it begins.
        Case(hours: #"mon-fri: "22:00-06:00""#, sent: "2026-11-24T02:00:00+01:00",
             expected: "2026-11-25T06:00:00+01:00", why: "Tue 02:00 is in Monday's shift: arrival Mon → Tue's shift ends Wed 06:00"),
        Case(hours: #"mon-fri: "22:00-06:00""#, sent: "2026-11-27T23:00:00+01:00",
             expected: "2026-12-01T06:00:00+01:00", why: "Fri's shift → Mon's shift, ending Tue 06:00"),
        // Across a clock change: days are counted in local dates, ends in local time.
        Case(zone: "America/New_York", sent: "2026-03-06T10:00:00-05:00", expected: "2026-03-09T17:00:00-04:00",
             why: "Fri before the spring change → Mon 17:00 EDT"),
        Case(zone: "Asia/Kathmandu", sent: "2026-11-24T10:00:00+05:45", expected: "2026-11-25T17:00:00+05:45", why: "Kathmandu Tue → Wed"),
    ]

    @Test(arguments: cases)
    func businessDays(_ item: Case) throws {
        let calendar = try Fixture.calendar(timezone: item.zone, workingHours: item.hours, holidays: item.holidays, person: item.person)
        let deadline = calendar.adding(businessDays: item.count, to: at(item.sent))
        #expect(local(deadline, item.zone) == item.expected)
    }
}
