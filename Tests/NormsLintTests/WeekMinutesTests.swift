@testable import NormsLint
import NormsPolicy
import Testing

/// The minutes of a week that schedules and focus blocks cover, set a word at a time.
@Suite struct WeekMinutesTests {
    private func minutes(_ block: String) throws -> WeekMinutes {
        WeekMinutes([try RecurringBlock.parse(block)])
    }

    @Test func aRangeCoversExactlyItsMinutes() throws {
        // Tuesday 09:30 is minute 1440 + 570 = 2010; the range ends before 2010 + 90 = 2100.
        let week = try minutes("tue 09:30-11:00")
        #expect(week.minuteCount == 90)
        #expect(!week.contains(2009))
        #expect(week.contains(2010))
        #expect(week.contains(2099))
        #expect(!week.contains(2100))
    }

    @Test func aRangeOverSeveralWordsAndDays() throws {
        // Five days of eight hours: 2,400 minutes, from Monday 09:00 (540) to Friday 17:00.
        let week = try minutes("mon-fri 09:00-17:00")
        #expect(week.minuteCount == 2_400)
        for day in 0..<7 {
            let covered = (0..<1440).filter { week.contains(day * 1440 + $0) }
            #expect(covered == (day < 5 ? Array(540..<1020) : []))
        }
    }

    @Test func sundayNightRunsOnIntoMonday() throws {
        // Sunday 23:30 is minute 6 * 1440 + 1410 = 10,050; the last 30 minutes of the week and
        // the first 30 of Monday.
        let week = try minutes("sun 23:30-00:30")
        #expect(week.minuteCount == 60)
        #expect((10_050..<10_080).allSatisfy(week.contains))
        #expect((0..<30).allSatisfy(week.contains))
        #expect(!week.contains(30))
        #expect(!week.contains(10_049))
    }

    @Test func aWholeDayIsTheSameAsItsHours() throws {
        let whole = try minutes("wed 00:00-24:00")
        #expect(whole.minuteCount == 1440)
        #expect(whole == WeekMinutes([try RecurringBlock.parse("wed 00:00-12:00"), try RecurringBlock.parse("wed 12:00-24:00")]))
    }
}
