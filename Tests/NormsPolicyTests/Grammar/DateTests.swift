import Testing
@testable import NormsPolicy

@Suite("Date and date range grammars")
struct DateTests {
    static let dates: [(String, Int, Int, Int)] = [
        ("2026-12-24", 2026, 12, 24),
        ("2028-02-29", 2028, 2, 29),
        ("2000-02-29", 2000, 2, 29),
        ("1970-01-01", 1970, 1, 1),
        ("2026-04-30", 2026, 4, 30),
        (" 2027-01-01 ", 2027, 1, 1),
    ]

    @Test(arguments: dates)
    func acceptsDates(text: String, year: Int, month: Int, day: Int) throws {
        let date = try LocalDate.parse(text)
        #expect((date.year, date.month, date.day) == (year, month, day))
    }

    static let rejectedDates: [(String, noSuchDay: Bool)] = [
        ("2027-02-29", true),
        ("2100-02-29", true),
        ("2026-04-31", true),
        ("2026-13-01", true),
        ("2026-00-10", true),
        ("2026-01-00", true),
        ("2026-1-5", false),
        ("26-01-05", false),
        ("2026/01/05", false),
        ("2026-01-05T10:00", false),
        ("", false),
        ("tomorrow", false),
        ("+026-01-05", false),
    ]

    @Test(arguments: rejectedDates)
    func rejectsDates(text: String, noSuchDay: Bool) {
        #expect(throws: GrammarError.date(text, detail: noSuchDay ? "there is no such day" : nil)) {
            try LocalDate.parse(text)
        }
    }

    @Test func validatesDaysInMonths() {
        #expect(LocalDate(year: 2028, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2027, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2026, month: 11, day: 31) == nil)
        #expect(LocalDate(year: 2026, month: 12, day: 31) != nil)
    }

    static let weekdays: [(String, Weekday, Int)] = [
        ("1970-01-01", .thursday, 0),
        ("1969-12-31", .wednesday, -1),
        ("2000-03-01", .wednesday, 11_017),
        ("2026-11-25", .wednesday, 20_782),
        ("2026-12-24", .thursday, 20_811),
        ("2028-02-29", .tuesday, 21_243),
        ("1900-01-01", .monday, -25_567),
    ]

    @Test(arguments: weekdays)
    func knowsWeekdaysAndDaysSinceEpoch(text: String, weekday: Weekday, days: Int) throws {
        let date = try LocalDate.parse(text)
        #expect(date.weekday == weekday)
        #expect(date.daysSinceEpoch == days)
        #expect(LocalDate(daysSinceEpoch: days) == date)
        #expect(date.description == text)
    }

    @Test func roundTripsEveryDayOverFourCenturies() {
        var previous = LocalDate(daysSinceEpoch: -146_097 - 1)
        for days in -146_097...146_097 {
            let date = LocalDate(daysSinceEpoch: days)
            #expect(date.daysSinceEpoch == days)
            #expect(previous < date)
            #expect(date.weekday == previous.weekday.next)
            previous = date
            if date.daysSinceEpoch != days { break }
        }
    }

    @Test func addsDays() throws {
        #expect(try LocalDate.parse("2028-02-28").adding(days: 1).description == "2028-02-29")
        #expect(try LocalDate.parse("2027-02-28").adding(days: 1).description == "2027-03-01")
        #expect(try LocalDate.parse("2027-01-01").adding(days: -1).description == "2026-12-31")
    }

    @Test func parsesRanges() throws {
        let range = try DateRange.parse("2026-12-24..2026-12-26")
        #expect(range.first.description == "2026-12-24")
        #expect(range.last.description == "2026-12-26")
        #expect(range.contains(try LocalDate.parse("2026-12-25")))
        #expect(range.contains(try LocalDate.parse("2026-12-26")))
        #expect(!range.contains(try LocalDate.parse("2026-12-27")))
        #expect(range.description == "2026-12-24..2026-12-26")
        let single = try DateRange.parse("2027-01-01")
        #expect(single.first == single.last)
        #expect(single.description == "2027-01-01")
        #expect(try DateRange.parse("2027-01-01..2027-01-01") == single)
    }

    @Test func rejectsRanges() {
        #expect(throws: GrammarError.reversedDateRange("2026-12-26..2026-12-24")) { try DateRange.parse("2026-12-26..2026-12-24") }
        #expect(throws: GrammarError.date(".2026-12-26", detail: nil)) {
            try DateRange.parse("2026-12-24...2026-12-26")
        }
        #expect(throws: GrammarError.date("2027-02-29", detail: "there is no such day")) { try DateRange.parse("2027-02-28..2027-02-29") }
        #expect(throws: GrammarError.date("", detail: nil)) { try DateRange.parse("2026-12-24..") }
        #expect(GrammarError.reversedDateRange("x").code == "policy.reversed-date-range")
    }
}
