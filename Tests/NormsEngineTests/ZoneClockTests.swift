import Foundation
import NormsEngine
import NormsPolicy
import Testing

/// Local wall-clock time → instant, with the brief's rules for gaps (first instant after) and
/// repeats (first occurrence). Transition times checked against `zdump -v -c 2026,2027 ZONE`.
@Suite("ZoneClock")
struct ZoneClockTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var zone: String
        var date: String
        var time: String
        var expected: String
        var why: String
        var testDescription: String { "\(zone) \(date) \(time): \(why)" }
    }

    static let cases: [Case] = [
        // New York springs forward 2026-03-08 02:00 EST → 03:00 EDT (07:00Z).
        Case(zone: "America/New_York", date: "2026-03-08", time: "01:59", expected: "2026-03-08T01:59:00-05:00", why: "before the gap, EST"),
        Case(zone: "America/New_York", date: "2026-03-08", time: "02:30", expected: "2026-03-08T03:00:00-04:00", why: "in the gap: 07:00Z, the first instant after it"),
        Case(zone: "America/New_York", date: "2026-03-08", time: "03:00", expected: "2026-03-08T03:00:00-04:00", why: "the gap's end exists"),
        // New York falls back 2026-11-01 02:00 EDT → 01:00 EST (06:00Z): 01:00–01:59 happens twice.
        Case(zone: "America/New_York", date: "2026-11-01", time: "01:30", expected: "2026-11-01T01:30:00-04:00", why: "repeated: first occurrence, EDT (05:30Z)"),
        Case(zone: "America/New_York", date: "2026-11-01", time: "02:00", expected: "2026-11-01T02:00:00-05:00", why: "02:00 EDT never shows; only 02:00 EST (07:00Z)"),
        // Berlin springs forward 2026-03-29 02:00 CET → 03:00 CEST (01:00Z).
        Case(zone: "Europe/Berlin", date: "2026-03-29", time: "02:30", expected: "2026-03-29T03:00:00+02:00", why: "in the gap: 01:00Z"),
        // Berlin falls back 2026-10-25 03:00 CEST → 02:00 CET (01:00Z): 02:00–02:59 happens twice.
        Case(zone: "Europe/Berlin", date: "2026-10-25", time: "02:30", expected: "2026-10-25T02:30:00+02:00", why: "repeated: first occurrence, CEST (00:30Z)"),
        Case(zone: "Europe/Berlin", date: "2026-10-25", time: "03:00", expected: "2026-10-25T03:00:00+01:00", why: "after the repeat, CET (02:00Z)"),
        // Santiago falls back at midnight: 2026-04-05 00:00 -03 → 2026-04-04 23:00 -04 (03:00Z).
        Case(zone: "America/Santiago", date: "2026-04-04", time: "23:30", expected: "2026-04-04T23:30:00-03:00", why: "repeated hour before midnight: first (-03, 02:30Z)"),
        Case(zone: "America/Santiago", date: "2026-04-05", time: "00:00", expected: "2026-04-05T00:00:00-04:00", why: "midnight happens once, at -04 (04:00Z)"),
        // Santiago springs forward at midnight: 2026-09-06 00:00 -04 → 01:00 -03 (04:00Z).
        Case(zone: "America/Santiago", date: "2026-09-06", time: "00:00", expected: "2026-09-06T01:00:00-03:00", why: "midnight does not exist: 04:00Z"),
        Case(zone: "America/Santiago", date: "2026-09-06", time: "00:45", expected: "2026-09-06T01:00:00-03:00", why: "still in the gap"),
        Case(zone: "America/Santiago", date: "2026-09-05", time: "23:59", expected: "2026-09-05T23:59:00-04:00", why: "the minute before the gap"),
        // Lord Howe falls back half an hour 2026-04-05 02:00 +11 → 01:30 +10:30 (15:00Z on the 4th).
        Case(zone: "Australia/Lord_Howe", date: "2026-04-05", time: "01:45", expected: "2026-04-05T01:45:00+11:00", why: "repeated half hour: first (+11, 14:45Z)"),
        Case(zone: "Australia/Lord_Howe", date: "2026-04-05", time: "02:00", expected: "2026-04-05T02:00:00+10:30", why: "after the repeat (15:30Z)"),
        // Lord Howe springs forward half an hour 2026-10-04 02:00 +10:30 → 02:30 +11 (15:30Z on the 3rd).
        Case(zone: "Australia/Lord_Howe", date: "2026-10-04", time: "02:15", expected: "2026-10-04T02:30:00+11:00", why: "in the 30-minute gap"),
        Case(zone: "Australia/Lord_Howe", date: "2026-10-04", time: "01:59", expected: "2026-10-04T01:59:00+10:30", why: "before the gap"),
        // Kathmandu is +05:45 all year.
        Case(zone: "Asia/Kathmandu", date: "2026-11-24", time: "09:00", expected: "2026-11-24T09:00:00+05:45", why: "03:15Z"),
    ]

    @Test(arguments: cases)
    func localTimeResolves(_ item: Case) throws {
        let time = try TimeOfDay.parse(item.time)
        let instant = clock(item.zone).instant(on: date(item.date), minutes: time.minutes)
        #expect(local(instant, item.zone) == item.expected)
        #expect(instant == at(item.expected))
    }

    @Test func absoluteInstantsOfTransitions() {
        // 1970→2026: 56 years with 14 leap days = 20454 days = 1767225600 s.
        #expect(at("2026-01-01T00:00:00Z") == 1_767_225_600)
        // New York's gap ends at 07:00Z; Berlin's at 01:00Z; Santiago's midnight gap at 04:00Z.
        #expect(clock("America/New_York").instant(on: date("2026-03-08"), minutes: 150) == at("2026-03-08T07:00:00Z"))
        #expect(clock("Europe/Berlin").instant(on: date("2026-03-29"), minutes: 150) == at("2026-03-29T01:00:00Z"))
        #expect(clock("America/Santiago").startOfDay(date("2026-09-06")) == at("2026-09-06T04:00:00Z"))
        // Lord Howe's repeated 01:45 first occurs at +11: 2026-04-04 14:45Z.
        #expect(clock("Australia/Lord_Howe").instant(on: date("2026-04-05"), minutes: 105) == at("2026-04-04T14:45:00Z"))
    }

    @Test func offsetsAroundTransitions() {
        let newYork = clock("America/New_York")
        #expect(newYork.offset(at: at("2026-03-08T06:59:59Z")) == -5 * 3600)
        #expect(newYork.offset(at: at("2026-03-08T07:00:00Z")) == -4 * 3600)
        let lordHowe = clock("Australia/Lord_Howe")
        #expect(lordHowe.offset(at: at("2026-04-04T14:59:59Z")) == 11 * 3600)
        #expect(lordHowe.offset(at: at("2026-04-04T15:00:00Z")) == 10 * 3600 + 1800)
        #expect(clock("Asia/Kathmandu").offset(at: at("2026-06-01T00:00:00Z")) == 5 * 3600 + 45 * 60)
    }

    @Test func daysAroundMidnightChangesInSantiago() {
        let santiago = clock("America/Santiago")
        // 2026-04-04 starts at 00:00 -03 (03:00Z) and 2026-04-05 at 00:00 -04 (04:00Z): 25 hours.
        #expect(santiago.startOfDay(date("2026-04-05")) - santiago.startOfDay(date("2026-04-04")) == 25 * 3600)
        // 2026-09-06 starts at 01:00 -03 (04:00Z), 2026-09-07 at 00:00 -03 (03:00Z): 23 hours.
        #expect(santiago.startOfDay(date("2026-09-07")) - santiago.startOfDay(date("2026-09-06")) == 23 * 3600)
        // The repeated 23:30 on 2026-04-04 — its second occurrence (03:30Z) is still dated the 4th.
        #expect(santiago.date(at: at("2026-04-05T03:30:00Z")) == date("2026-04-04"))
        #expect(local(at("2026-04-05T03:30:00Z"), "America/Santiago") == "2026-04-04T23:30:00-04:00")
    }

    @Test func minutesPastMidnightRunIntoTheNextDay() {
        // 24:00 on the 7th is midnight of the 8th; 30:00 is 06:00 on the 8th (EDT by then).
        let newYork = clock("America/New_York")
        #expect(newYork.instant(on: date("2026-03-07"), minutes: 1440) == at("2026-03-08T00:00:00-05:00"))
        #expect(newYork.instant(on: date("2026-03-07"), minutes: 1800) == at("2026-03-08T06:00:00-04:00"))
    }
}
