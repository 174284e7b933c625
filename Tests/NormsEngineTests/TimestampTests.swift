import NormsEngine
import NormsPolicy
import Testing

@Suite("Timestamp")
struct TimestampTests {
    @Test(arguments: [
        // text, the same instant in UTC, how it prints back
        ("2026-11-25T18:30:00+01:00", "2026-11-25T17:30:00Z", "2026-11-25T18:30:00+01:00"),
        ("2026-11-25T17:30:00Z", "2026-11-25T17:30:00Z", "2026-11-25T17:30:00+00:00"),
        ("2026-11-25t17:30:00z", "2026-11-25T17:30:00Z", "2026-11-25T17:30:00+00:00"),
        ("2026-11-25 17:30:00Z", "2026-11-25T17:30:00Z", "2026-11-25T17:30:00+00:00"),
        ("2026-11-25T09:30:00-08:00", "2026-11-25T17:30:00Z", "2026-11-25T09:30:00-08:00"),
        ("2026-11-25T23:15:00+05:45", "2026-11-25T17:30:00Z", "2026-11-25T23:15:00+05:45"),
        ("2026-11-25T17:30:00.999Z", "2026-11-25T17:30:00Z", "2026-11-25T17:30:00+00:00"),   // fractions dropped
        ("2026-11-25T18:30:00.5+01:00", "2026-11-25T17:30:00Z", "2026-11-25T18:30:00+01:00"),
        ("2026-11-26T00:30:00+07:00", "2026-11-25T17:30:00Z", "2026-11-26T00:30:00+07:00"),  // next local date
        ("2026-11-25T13:30:00-04:00", "2026-11-25T17:30:00Z", "2026-11-25T13:30:00-04:00"),
    ])
    func parsesAndPrints(_ text: String, _ utc: String, _ printed: String) throws {
        let stamp = try #require(Timestamp.parse(text))
        #expect(stamp.instant == at(utc))
        #expect(stamp.description == printed)
    }

    @Test(arguments: [
        "2026-11-25T18:30:00",          // no offset
        "2026-11-25T18:30",             // no offset
        "2026-11-25",                   // a date
        "2026-02-30T10:00:00Z",         // no such day
        "2026-11-25T24:00:00Z",         // hour 24
        "2026-11-25T18:60:00Z",         // minute 60
        "2026-11-25T18:30:00+0100",     // offset without a colon
        "2026-11-25T18:30:00+01:00 ",   // trailing text
        "2026-11-25T18:30:00.Z",        // a dot without digits
        "26-11-25T18:30:00Z",
        "",
    ])
    func rejects(_ text: String) {
        #expect(Timestamp.parse(text) == nil)
    }

    @Test func leapDay() throws {
        // 2028 is a leap year: 2028-02-29T23:00-01:00 is 2028-03-01T00:00Z.
        let stamp = try #require(Timestamp.parse("2028-02-29T23:00:00-01:00"))
        #expect(stamp.instant == at("2028-03-01T00:00:00Z"))
        #expect(stamp.local.date == date("2028-02-29"))
        #expect(Timestamp.parse("2027-02-29T12:00:00Z") == nil)
    }

    @Test func localWallClockBeforeTheEpoch() {
        // 1969-12-31T23:00:00Z is one hour before the epoch: local date 1969-12-31, second 82800.
        let stamp = Timestamp(instant: -3600, offset: 0)
        #expect(stamp.local.date == date("1969-12-31"))
        #expect(stamp.local.secondOfDay == 82_800)
        #expect(stamp.description == "1969-12-31T23:00:00+00:00")
    }
}
