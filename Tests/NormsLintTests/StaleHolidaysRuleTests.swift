import Foundation
import NormsLint
import NormsPolicy
import NormsSource
import NormsTestSupport
import Testing

/// `stale-holidays` on chosen days: the clock is the linter's `today`, never the machine's.
@Suite struct StaleHolidaysRuleTests {
    private func findings(_ holidays: String, today: LocalDate) -> (findings: [Finding], markers: [SourcePosition]) {
        let source = MarkedSource("""
            norms: 1
            name: Example
            timezone: Europe/Berlin
            channels:
              chat: {mode: async}
            \(holidays)
            """)
        let found = Linter(today: today).lint(source: source.sourceFile(path: "example.yaml")).filter { $0.ruleID == "stale-holidays" }
        return (found, source.markers)
    }

    private func date(_ text: String) -> LocalDate { try! LocalDate.parse(text) }

    @Test func aListThatEndedBeforeTodayPointsAtItsLastHoliday() {
        let (found, markers) = findings("""
            holidays:
              - {date: ↓2027-12-25, name: Christmas Day}
              - 2027-01-01
            """, today: date("2031-12-25"))
        #expect(found.map(\.span.start) == markers)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message == "every holiday of the policy lies in the past: the last one ends on 2027-12-25")
        #expect(found.first?.help == "add the coming holidays; a holiday the policy does not list counts as a working day")
    }

    @Test func aHolidayRangeHoldingTodayIsCurrent() {
        #expect(findings("holidays: [2026-05-25..2026-06-01]", today: date("2026-06-01")).findings.isEmpty)
        #expect(findings("holidays: [2026-05-25..2026-06-01]", today: date("2026-06-02")).findings.count == 1)
    }

    /// The 12 months from 2026-06-01 end on 2027-05-31, both included.
    @Test func aYearWithoutHolidaysIsReportedAtTheKey() {
        let (gap, markers) = findings("""
            ↓holidays:
              - 2025-12-25
              - 2027-06-01
              - 2028-01-01
            """, today: date("2026-06-01"))
        #expect(gap.map(\.span.start) == markers)
        #expect(gap.first?.message == "no holiday of the policy lies in the 12 months from 2026-06-01 to 2027-05-31; the next one starts on 2027-06-01")
        #expect(findings("holidays: [2025-12-25, 2027-05-31]", today: date("2026-06-01")).findings.isEmpty)
    }

    /// From 29 February, the 12 months end on 28 February of the next year.
    @Test func twelveMonthsFromALeapDay() {
        #expect(findings("holidays: [2029-02-28]", today: date("2028-02-29")).findings.isEmpty)
        #expect(findings("holidays: [2029-03-01]", today: date("2028-02-29")).findings.count == 1)
    }

    @Test func aPolicyWithoutHolidaysIsNotChecked() {
        #expect(findings("holidays: []", today: date("2026-06-01")).findings.isEmpty)
        #expect(findings("", today: date("2026-06-01")).findings.isEmpty)
    }

    /// A base's holidays are the policy's: the finding points into the base.
    @Test func holidaysFromABaseCount() throws {
        let folder = try TemporaryFolder()
        try folder.write("base.yaml", "norms: 1\nname: Base\ntimezone: UTC\nchannels: {chat: {mode: async}}\nholidays: [2020-12-25]\n")
        try folder.write("team.yaml", "norms: 1\nname: Team\nextends: base.yaml\n")
        let result = Linter(today: date("2026-06-01")).lint(paths: [folder.path + "/team.yaml"])
        let stale = result.findings.filter { $0.ruleID == "stale-holidays" }
        #expect(stale.map(\.span.file) == [folder.path + "/base.yaml"])
        #expect(stale.map(\.span.start.line) == [5])
    }
}
