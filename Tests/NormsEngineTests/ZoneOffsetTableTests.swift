import Foundation
@testable import NormsEngine
import Testing

/// The per-zone offset tables agree with Foundation for every zone the system knows.
@Suite struct ZoneOffsetTableTests {
    /// 1970-01-01 to 2100-01-01, sampled every 25 hours and 37 seconds (so every hour of the day
    /// and every day of the week is visited), plus both sides of every transition Foundation reports.
    @Test func everyKnownZoneAgreesWithFoundation() {
        var disagreements: [String] = []
        for id in TimeZone.knownTimeZoneIdentifiers {
            guard let zone = TimeZone(identifier: id) else { continue }
            let clock = ZoneClock(zone: zone, identifier: id)
            func check(_ instant: Int) {
                let expected = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant)))
                if clock.offset(at: instant) != expected, disagreements.count < 20 {
                    disagreements.append("\(id) at \(instant): \(clock.offset(at: instant)) != \(expected)")
                }
            }
            var instant = 0
            while instant < 4_102_444_800 {
                check(instant)
                instant += 25 * 3600 + 37
            }
            var cursor = Date(timeIntervalSince1970: 0)
            while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next.timeIntervalSince1970 < 4_102_444_800 {
                let at = Int(next.timeIntervalSince1970)
                check(at - 1)
                check(at)
                cursor = next
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements)")
        #expect(TimeZone.knownTimeZoneIdentifiers.count > 300)
    }

    @Test(arguments: [
        // Kathmandu moved from +05:30 to +05:45 on 1986-01-01 00:00 local.
        ("Asia/Kathmandu", 504_901_799, 19_800), ("Asia/Kathmandu", 504_901_800, 20_700),
        // Lord Howe's half-hour daylight saving time: +10:30 → +11:00 on 2026-10-04 02:00 local (03 15:30 UTC).
        ("Australia/Lord_Howe", 1_791_041_400 - 1, 37_800), ("Australia/Lord_Howe", 1_791_041_400, 39_600),
        // Santiago changes at midnight: 2026-09-06 00:00 local (−04:00) becomes 01:00 (−03:00).
        ("America/Santiago", 1_788_667_200 - 1, -14_400), ("America/Santiago", 1_788_667_200, -10_800),
        // New York, 2026-03-08 02:00 EST → 03:00 EDT.
        ("America/New_York", 1_772_953_200 - 1, -18_000), ("America/New_York", 1_772_953_200, -14_400),
    ])
    func handComputedTransitions(zone: String, instant: Int, offset: Int) throws {
        let clock = ZoneClock(zone: try #require(TimeZone(identifier: zone)), identifier: zone)
        #expect(clock.offset(at: instant) == offset)
    }

    @Test func instantsOutsideTheTableAskFoundation() throws {
        let zone = try #require(TimeZone(identifier: "Europe/Berlin"))
        let clock = ZoneClock(zone: zone)
        for instant in [-2_000_000_000, -1, 4_102_444_800, 5_000_000_000] {
            #expect(clock.offset(at: instant) == zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant))))
        }
    }
}
