import NormsSource
import Testing
@testable import NormsPolicy

@Suite("Recurring block, weekly schedule and level condition grammars")
struct RecurringAndLevelTests {
    @Test func parsesRecurringBlocks() throws {
        let block = try RecurringBlock.parse("mon-fri 09:00-11:00")
        #expect(block.days == .weekdays)
        #expect(block.hours.description == "09:00-11:00")
        #expect(block.description == "weekdays 09:00-11:00")
        #expect(try RecurringBlock.parse("  sat,sun   22:00-02:00 ").hours.isOvernight)
    }

    @Test(arguments: ["", "mon-fri", "09:00-11:00", "mon-fri 09:00-11:00 extra", "mon - fri 09:00-11:00"])
    func rejectsMalformedBlocks(text: String) {
        #expect(throws: GrammarError.recurringBlock(text)) { try RecurringBlock.parse(text) }
    }

    @Test func blockPartsReportTheirOwnErrors() {
        #expect(throws: GrammarError.hourRange("09:00-25:00", detail: nil)) { try RecurringBlock.parse("mon 09:00-25:00") }
        #expect((try? RecurringBlock.parse("mnday 09:00-10:00")) == nil)
    }

    @Test func schedulePeriods() {
        let morning = HourRange(start: TimeOfDay(hour: 9, minute: 0), end: TimeOfDay(hour: 12, minute: 0))
        let afternoon = HourRange(start: TimeOfDay(hour: 13, minute: 0), end: TimeOfDay(hour: 15, minute: 0))
        let span = SourceSpan.synthetic("test")
        let schedule = WeeklySchedule(entries: [
            .init(days: .init(DaySet([.friday]), at: span), ranges: [.init(afternoon, at: span), .init(morning, at: span)]),
        ])
        #expect(schedule.periods(startingOn: .friday) == [morning, afternoon])
        #expect(schedule.periods(startingOn: .monday).isEmpty)
        #expect(schedule.hasWorkingTime)
        #expect(WeeklySchedule.standard.periods(startingOn: .wednesday).map(\.description) == ["09:00-17:00"])
        #expect(WeeklySchedule.standard.periods(startingOn: .saturday).isEmpty)
        #expect(!WeeklySchedule(entries: []).hasWorkingTime)
    }

    static let comparisons: [(String, LevelCondition?)] = [
        (">= high", .compare(.atLeast, "high")),
        (">=high", .compare(.atLeast, "high")),
        ("> normal", .compare(.above, "normal")),
        ("<= normal", .compare(.atMost, "normal")),
        ("< urgent", .compare(.below, "urgent")),
        ("== low", .compare(.equal, "low")),
        ("= low", .compare(.equal, "low")),
        ("!= low", .compare(.notEqual, "low")),
        ("high", nil),
    ]

    @Test(arguments: comparisons)
    func parsesLevelComparisons(text: String, expected: LevelCondition?) throws {
        #expect(try LevelCondition.parseComparison(text) == expected)
    }

    @Test(arguments: [">=", "<", " != "])
    func rejectsComparisonsWithoutLevel(text: String) {
        #expect(throws: GrammarError.levelComparison(text)) { try LevelCondition.parseComparison(text) }
    }

    @Test func evaluatesLevelConditions() {
        let ranks = ["low": 0, "normal": 1, "high": 2, "urgent": 3]
        let rank: (String) -> Int? = { ranks[$0] }
        #expect(LevelCondition.compare(.atLeast, "high").holds(forRank: 2, rankOf: rank))
        #expect(!LevelCondition.compare(.atLeast, "high").holds(forRank: 1, rankOf: rank))
        #expect(LevelCondition.compare(.below, "urgent").holds(forRank: 2, rankOf: rank))
        #expect(LevelCondition.anyOf(["low", "urgent"]).holds(forRank: 3, rankOf: rank))
        #expect(!LevelCondition.compare(.atLeast, "nope").holds(forRank: 3, rankOf: rank))
        #expect(LevelCondition.compare(.atLeast, "high").description == ">= high")
        #expect(LevelCondition.anyOf(["low", "high"]).levelNames == ["low", "high"])
    }
}
