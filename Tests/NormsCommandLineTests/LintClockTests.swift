import Foundation
@testable import norms
import NormsPolicy
import Testing

/// The date `norms lint` compares `expires` with: the local day in the machine's time zone.
@Suite struct LintClockTests {
    private func today(_ secondsSince1970: TimeInterval, in zone: String) throws -> String {
        try LintClock.today(now: Date(timeIntervalSince1970: secondsSince1970), timeZone: #require(TimeZone(identifier: zone))).description
    }

    @Test func theDayIsTheLocalOne() throws {
        // 2026-12-01T23:30:00Z.
        let lateEvening: TimeInterval = 1_796_167_800
        #expect(try today(lateEvening, in: "UTC") == "2026-12-01")
        #expect(try today(lateEvening, in: "Europe/Berlin") == "2026-12-02")
        #expect(try today(lateEvening, in: "America/Los_Angeles") == "2026-12-01")
        #expect(try today(lateEvening, in: "Pacific/Kiritimati") == "2026-12-02")
        // 2026-03-29T00:30:00Z, half an hour before Europe's clocks change: Berlin is at +1, Los Angeles already at -7.
        let beforeTheChange: TimeInterval = 1_774_744_200
        #expect(try today(beforeTheChange, in: "Europe/Berlin") == "2026-03-29")
        #expect(try today(beforeTheChange, in: "Europe/London") == "2026-03-29")
        #expect(try today(beforeTheChange, in: "America/Los_Angeles") == "2026-03-28")
    }

    @Test func aDayBeforeNineteenSeventyIsCountedDown() throws {
        // 1969-12-31T23:00:00Z: still 1969 in UTC, exactly midnight of 1970-01-01 in Berlin.
        #expect(try today(-3_600, in: "UTC") == "1969-12-31")
        #expect(try today(-3_600, in: "Europe/Berlin") == "1970-01-01")
        #expect(try today(-3_601, in: "Europe/Berlin") == "1969-12-31")
    }

    @Test func theMachinesZoneGivesWhatFoundationsCurrentZoneGives() {
        // The C library and Foundation read the same setting (TZ, else the system's zone): every
        // hour of two days around a change of clocks in Europe and America, and now.
        let start: TimeInterval = 1_774_656_000  // 2026-03-28T00:00:00Z
        for hour in 0..<48 {
            let now = Date(timeIntervalSince1970: start + TimeInterval(hour) * 3_600)
            #expect(LintClock.today(now: now) == LintClock.today(now: now, timeZone: .current), "\(now)")
        }
        let now = Date()
        #expect(LintClock.today(now: now) == LintClock.today(now: now, timeZone: .current))
    }
}
