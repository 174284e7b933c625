import NormsEngine
import NormsPolicy
import Testing

/// `N business hours`: N hours of the recipient's working time (focus included), from `sent_at`
/// or the start of the next period.
@Suite("Business hours")
struct BusinessHoursTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var zone = "Europe/Berlin"
        var hours = #"mon-fri: "09:00-17:00""#
        var holidays: [String] = []
        var person = "{}"
        var sent: String
        var count: Int
        var expected: String
        var why: String
        var testDescription: String { why }
    }

    static let cases: [Case] = [
        Case(sent: "2026-11-24T10:00:00+01:00", count: 4, expected: "2026-11-24T14:00:00+01:00", why: "within one period: 10:00 + 4 h"),
        Case(sent: "2026-11-24T13:00:00+01:00", count: 4, expected: "2026-11-24T17:00:00+01:00", why: "exactly at the period's end: stays at 17:00"),
        Case(sent: "2026-11-24T15:00:00+01:00", count: 4, expected: "2026-11-25T11:00:00+01:00", why: "2 h Tue + 2 h Wed across a night"),
        Case(sent: "2026-11-24T18:00:00+01:00", count: 4, expected: "2026-11-25T13:00:00+01:00", why: "after hours: from Wed 09:00"),
        Case(sent: "2026-11-24T17:00:00+01:00", count: 4, expected: "2026-11-25T13:00:00+01:00", why: "at 17:00 the period is over: from Wed 09:00"),
        Case(sent: "2026-11-27T15:00:00+01:00", count: 4, expected: "2026-11-30T11:00:00+01:00", why: "2 h Fri + 2 h Mon across a weekend"),
        Case(sent: "2026-11-24T10:00:00+01:00", count: 16, expected: "2026-11-26T10:00:00+01:00", why: "7 h Tue + 8 h Wed + 1 h Thu"),
        Case(person: #"{focus: ["mon-fri 09:00-11:00"]}"#, sent: "2026-11-24T09:00:00+01:00", count: 4,
             expected: "2026-11-24T13:00:00+01:00", why: "focus time counts as working time"),
        Case(holidays: ["2026-11-25"], sent: "2026-11-24T15:00:00+01:00", count: 4,
             expected: "2026-11-26T11:00:00+01:00", why: "a holiday's period does not count"),
        Case(holidays: ["2026-11-30"], sent: "2026-11-27T15:00:00+01:00", count: 4,
             expected: "2026-12-01T11:00:00+01:00", why: "a holiday on the Monday after a weekend"),
        Case(person: "{away: [2026-11-25..2026-11-26]}", sent: "2026-11-24T15:00:00+01:00", count: 4,
             expected: "2026-11-27T11:00:00+01:00", why: "away dates' periods do not count"),
        Case(hours: #"mon-thu: "09:00-17:00", fri: ["09:00-12:00", "13:00-15:00"]"#, sent: "2026-11-27T11:00:00+01:00", count: 3,
             expected: "2026-11-27T15:00:00+01:00", why: "1 h before lunch + 2 h after: the end of the last period"),
        // New York, daily 09:00-17:00: the Sunday of the change is still 8 h (the change is at 02:00).
        Case(zone: "America/New_York", hours: #"daily: "09:00-17:00""#, sent: "2026-03-07T17:00:00-05:00", count: 8,
             expected: "2026-03-08T17:00:00-04:00", why: "a 09:00-17:00 day on the spring-forward Sunday is 8 h"),
        Case(zone: "America/New_York", hours: #"daily: "09:00-17:00""#, sent: "2026-10-31T17:00:00-04:00", count: 8,
             expected: "2026-11-01T17:00:00-05:00", why: "a 09:00-17:00 day on the fall-back Sunday is 8 h"),
        // New York, daily 22:00-06:00: the Saturday shift is 7 h in spring, 9 h in autumn.
        Case(zone: "America/New_York", hours: #"daily: "22:00-06:00""#, sent: "2026-03-07T22:00:00-05:00", count: 7,
             expected: "2026-03-08T06:00:00-04:00", why: "spring: the shift ends after 7 real hours (03:00Z→10:00Z)"),
        Case(zone: "America/New_York", hours: #"daily: "22:00-06:00""#, sent: "2026-03-07T22:00:00-05:00", count: 8,
             expected: "2026-03-08T23:00:00-04:00", why: "spring: the 8th hour is the first of Sunday's shift"),
        Case(zone: "America/New_York", hours: #"daily: "22:00-06:00""#, sent: "2026-10-31T22:00:00-04:00", count: 8,
             expected: "2026-11-01T05:00:00-05:00", why: "autumn: 02:00Z + 8 h = 10:00Z = 05:00 EST, still in the 9 h shift"),
        Case(zone: "America/New_York", hours: #"daily: "22:00-06:00""#, sent: "2026-10-31T22:00:00-04:00", count: 9,
             expected: "2026-11-01T06:00:00-05:00", why: "autumn: 9 h end the shift exactly"),
        // Santiago changes at midnight: the Saturday 22:00-02:00 shift is 5 h in April, 3 h in September.
        Case(zone: "America/Santiago", hours: #"daily: "22:00-02:00""#, sent: "2026-04-04T22:00:00-03:00", count: 5,
             expected: "2026-04-05T02:00:00-04:00", why: "Santiago autumn: 01:00Z + 5 h = 06:00Z, the shift's end"),
        Case(zone: "America/Santiago", hours: #"daily: "22:00-02:00""#, sent: "2026-04-04T22:00:00-03:00", count: 4,
             expected: "2026-04-05T01:00:00-04:00", why: "Santiago autumn: 4 h in is 05:00Z, 01:00 at -04"),
        Case(zone: "America/Santiago", hours: #"daily: "22:00-02:00""#, sent: "2026-09-05T22:00:00-04:00", count: 3,
             expected: "2026-09-06T02:00:00-03:00", why: "Santiago spring: 02:00Z + 3 h = 05:00Z, the shift's end"),
        Case(zone: "America/Santiago", hours: #"daily: "22:00-02:00""#, sent: "2026-09-05T22:00:00-04:00", count: 4,
             expected: "2026-09-06T23:00:00-03:00", why: "Santiago spring: the 4th hour is the first of Sunday's shift"),
        // Berlin falls back on Sun 2026-10-25: Saturday's 22:00 CEST shift ends 06:00 CET, 9 h later.
        Case(hours: #"daily: "22:00-06:00""#, sent: "2026-10-24T22:00:00+02:00", count: 9,
             expected: "2026-10-25T06:00:00+01:00", why: "Berlin autumn: 20:00Z + 9 h = 05:00Z, the shift's end"),
        // Overnight shifts and a holiday on the 24th: the 23rd's shift counts, the 24th's does not.
        Case(hours: #"daily: "22:00-06:00""#, holidays: ["2026-12-24"], sent: "2026-12-23T22:00:00+01:00", count: 8,
             expected: "2026-12-24T06:00:00+01:00", why: "a shift begun the day before a holiday counts in full"),
        Case(hours: #"daily: "22:00-06:00""#, holidays: ["2026-12-24"], sent: "2026-12-23T22:00:00+01:00", count: 9,
             expected: "2026-12-25T23:00:00+01:00", why: "the holiday's own shift is skipped"),
        // 24:00 runs into the next day's 00:00 period: one stretch of working time.
        Case(hours: #"mon: "18:00-24:00", tue: "00:00-02:00""#, sent: "2026-11-23T23:00:00+01:00", count: 2,
             expected: "2026-11-24T01:00:00+01:00", why: "1 h to midnight Monday + 1 h Tuesday"),
        // Kathmandu, +05:45.
        Case(zone: "Asia/Kathmandu", sent: "2026-11-24T10:00:00Z", count: 4, expected: "2026-11-25T11:45:00+05:45",
             why: "Kathmandu: sent 15:45 local, 1:15 Tue + 2:45 Wed"),
        // Lord Howe, daily 01:00-03:00 around the half-hour changes.
        Case(zone: "Australia/Lord_Howe", hours: #"daily: "01:00-03:00""#, sent: "2026-10-04T01:00:00+10:30", count: 2,
             expected: "2026-10-05T01:30:00+11:00", why: "Lord Howe spring: Sunday's period is 1.5 h (14:30Z→16:00Z), 0.5 h Monday"),
        Case(zone: "Australia/Lord_Howe", hours: #"daily: "01:00-03:00""#, sent: "2026-04-05T01:00:00+11:00", count: 2,
             expected: "2026-04-05T02:30:00+10:30", why: "Lord Howe autumn: the period is 2.5 h, 14:00Z + 2 h = 16:00Z"),
    ]

    @Test(arguments: cases)
    func businessHours(_ item: Case) throws {
        let calendar = try Fixture.calendar(timezone: item.zone, workingHours: item.hours, holidays: item.holidays, person: item.person)
        let deadline = calendar.adding(businessHours: item.count, to: at(item.sent))
        #expect(local(deadline, item.zone) == item.expected)
    }
}
