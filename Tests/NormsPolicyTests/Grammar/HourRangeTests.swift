import Testing
@testable import NormsPolicy

@Suite("Time of day and hour range grammars")
struct HourRangeTests {
    static let times: [(String, Int)] = [
        ("00:00", 0), ("09:00", 540), ("9:30", 570), ("23:59", 1439), ("24:00", 1440), (" 12:05 ", 725),
    ]

    @Test(arguments: times)
    func acceptsTimes(text: String, minutes: Int) throws {
        #expect(try TimeOfDay.parse(text).minutes == minutes)
    }

    @Test(arguments: ["", "9", "09", "0900", "09:0", "09:000", "24:01", "25:00", "12:60", "-1:00", "9:3O", "09.00", "09:00:00", "１２:00"])
    func rejectsTimes(text: String) {
        #expect(throws: GrammarError.timeOfDay(text)) { try TimeOfDay.parse(text) }
    }

    @Test func describesTimes() {
        #expect(TimeOfDay(minutes: 0).description == "00:00")
        #expect(TimeOfDay(hour: 9, minute: 5).description == "09:05")
        #expect(TimeOfDay(minutes: 1440).description == "24:00")
    }

    static let ranges: [(String, start: Int, end: Int, overnight: Bool, length: Int)] = [
        ("09:00-17:00", 540, 1020, false, 480),
        ("9:00-17:30", 540, 1050, false, 510),
        (" 09:00 - 17:00 ", 540, 1020, false, 480),
        ("00:00-24:00", 0, 1440, false, 1440),
        ("20:00-24:00", 1200, 1440, false, 240),
        ("22:00-06:00", 1320, 360, true, 480),
        ("23:00-00:00", 1380, 0, true, 60),
        ("17:00-09:00", 1020, 540, true, 960),
    ]

    @Test(arguments: ranges)
    func acceptsRanges(text: String, start: Int, end: Int, overnight: Bool, length: Int) throws {
        let range = try HourRange.parse(text)
        #expect(range.start.minutes == start)
        #expect(range.end.minutes == end)
        #expect(range.isOvernight == overnight)
        #expect(range.nominalMinutes == length)
    }

    static let rejectedRanges: [(String, detailContains: String?)] = [
        ("", nil),
        ("09:00", nil),
        ("09:00-", nil),
        ("-17:00", nil),
        ("09:00-17:00-18:00", nil),
        ("09:00–17:00", nil),
        ("9-17", nil),
        ("25:00-26:00", nil),
        ("24:00-06:00", "24:00 may only end a range"),
        ("24:00-24:00", "24:00 may only end a range"),
        ("09:00-09:00", "empty"),
    ]

    @Test(arguments: rejectedRanges)
    func rejectsRanges(text: String, detailContains: String?) {
        do {
            _ = try HourRange.parse(text)
            Issue.record("'\(text)' was accepted")
        } catch {
            #expect(error.code == "policy.invalid-hour-range")
            #expect(error.message.hasPrefix("invalid hour range '\(text)'"))
            if let detailContains { #expect(error.message.contains(detailContains)) }
        }
    }

    @Test func describesRanges() throws {
        #expect(try HourRange.parse("9:00-17:00").description == "09:00-17:00")
        #expect(try HourRange.parse("22:00-6:00").endMinutesFromStartDay == 1800)
    }
}
