import Foundation
@testable import NormsPolicy
import NormsSource
import Testing

@Suite("Time-zone ids: region ids, aliases, abbreviations and fixed offsets")
struct ZoneIDTests {
    @Test(arguments: ["Europe/Berlin", "America/New_York", "Asia/Kathmandu", "America/Argentina/Buenos_Aires", "UTC",
                      "Europe/Bratislava", "Europe/Vatican", "Asia/Kolkata"])
    func regionIDsAreAccepted(_ id: String) {
        #expect(ZoneID.classify(id) == .region(id))
        #expect(ZoneID.classify(id).code == nil)
    }

    @Test func aliasesNameTheCurrentID() {
        #expect(ZoneID.classify("US/Eastern") == .legacy("US/Eastern", current: "America/New_York"))
        #expect(ZoneID.classify("Asia/Calcutta") == .legacy("Asia/Calcutta", current: "Asia/Kolkata"))
        #expect(ZoneID.classify("Europe/Kiev") == .legacy("Europe/Kiev", current: "Europe/Kyiv"))
        #expect(ZoneID.classify("Japan") == .legacy("Japan", current: "Asia/Tokyo"))
        #expect(ZoneID.classify("EST5EDT") == .legacy("EST5EDT", current: "America/New_York"))
        // The database links Iceland to Abidjan, which has the same clocks; the place's own id is named.
        #expect(ZoneID.classify("Iceland") == .legacy("Iceland", current: "Atlantic/Reykjavik"))
        for utc in ["GMT", "Etc/UTC", "Etc/GMT", "Zulu", "UCT", "GMT+0", "Etc/GMT-0", "Universal"] {
            #expect(ZoneID.classify(utc) == .legacy(utc, current: "UTC"), "\(utc)")
        }
    }

    @Test func aliasDiagnostics() {
        let eastern = ZoneID.classify("US/Eastern")
        #expect(eastern.code == .legacyTimezone)
        #expect(eastern.severity == .warning)
        #expect(eastern.message == "time zone 'US/Eastern' is an alias of 'America/New_York'")
        #expect(eastern.help == "write 'America/New_York': the time-zone database keeps 'US/Eastern' only for compatibility")
        #expect(eastern.usableID() == "US/Eastern")
        // A system without the alias evaluates with the current id.
        #expect(eastern.usableID(knows: { $0 == "America/New_York" }) == "America/New_York")
        #expect(ZoneID.classify("GMT").help == "write 'UTC'; for the time in the United Kingdom, which changes in summer, write 'Europe/London'")
        #expect(ZoneID.classify("Etc/UTC").help == "write 'UTC'")
    }

    @Test func abbreviationsListTheLikelyRegions() {
        let est = ZoneID.classify("EST")
        #expect(est == .abbreviation("EST", regions: ["America/New_York", "America/Toronto", "America/Detroit", "America/Panama"]))
        #expect(est.code == .timezoneAbbreviation)
        #expect(est.severity == .error)
        #expect(est.message == "time zone 'EST' is an abbreviation, not a region id")
        #expect(est.help == "an abbreviation does not say when the clocks change, a region id does; write the id of a place in the zone: "
            + "'America/New_York', 'America/Toronto', 'America/Detroit' or 'America/Panama'")
        #expect(est.usableID() == nil)
        #expect(ZoneID.classify("CET") == .abbreviation("CET", regions: [
            "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome", "Europe/Amsterdam",
        ]))
        #expect(ZoneID.classify("pst") == .abbreviation("pst", regions: ["America/Los_Angeles", "America/Vancouver", "America/Tijuana"]))
        #expect(ZoneID.classify("MSK") == .abbreviation("MSK", regions: ["Europe/Moscow"]))
        #expect(ZoneID.classify("Z").help?.hasSuffix("the zone: 'UTC'") == true)
    }

    @Test func fixedOffsetsAreRejected() {
        #expect(ZoneID.fixedOffsetMinutes("UTC+1") == 60)
        #expect(ZoneID.fixedOffsetMinutes("GMT+1") == 60)
        #expect(ZoneID.fixedOffsetMinutes("utc-05:00") == -300)
        #expect(ZoneID.fixedOffsetMinutes("UTC+0530") == 330)
        #expect(ZoneID.fixedOffsetMinutes("+01:00") == 60)
        #expect(ZoneID.fixedOffsetMinutes("UTC−3") == -180)
        // An Etc/GMT name counts west as positive.
        #expect(ZoneID.fixedOffsetMinutes("Etc/GMT-1") == 60)
        #expect(ZoneID.fixedOffsetMinutes("Etc/GMT+5") == -300)
        for text in ["UTC+15", "UTC+1:5", "UTC+", "Etc/GMT+15", "Etc/GMT-01:00", "Europe/Berlin", "UTC", "+1a"] {
            #expect(ZoneID.fixedOffsetMinutes(text) == nil, "\(text)")
        }
    }

    @Test func fixedOffsetsNameRegionsOfThatStandardTime() {
        let plusOne = ZoneID.classify("UTC+1")
        #expect(plusOne == .fixedOffset("UTC+1", minutes: 60, regions: ["Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Africa/Lagos"]))
        #expect(plusOne.code == .fixedOffsetTimezone)
        #expect(plusOne.message == "time zone 'UTC+1' is a fixed offset, not a region id")
        #expect(plusOne.help == "a fixed offset ignores daylight saving time, so local times are an hour off for part of the year, "
            + "and a region id follows it; write the id of a place in the zone: 'Europe/Berlin', 'Europe/Paris', 'Europe/Madrid' or 'Africa/Lagos'")
        #expect(ZoneID.classify("GMT-5") == .fixedOffset("GMT-5", minutes: -300, regions: ["America/New_York", "America/Toronto", "America/Bogota"]))
        #expect(ZoneID.classify("UTC+5:45") == .fixedOffset("UTC+5:45", minutes: 345, regions: ["Asia/Kathmandu"]))
        #expect(ZoneID.classify("+00:00") == .fixedOffset("+00:00", minutes: 0, regions: ["UTC", "Europe/London", "Europe/Dublin", "Europe/Lisbon"]))
        #expect(ZoneID.classify("Etc/GMT-1").message == "time zone 'Etc/GMT-1' is the fixed offset UTC+01:00, not a region id (an 'Etc/GMT' name reverses the sign)")
        // No region of the list keeps UTC+13:45 as standard time; Chatham's summer time is not in it either.
        #expect(ZoneID.classify("UTC+13:45").help?.hasSuffix("such as 'Europe/Berlin' or 'America/New_York'") == true)
    }

    @Test func unknownIDsSuggestTheClosest() {
        #expect(ZoneID.classify("Europe/Berlinn") == .unknown("Europe/Berlinn", suggestion: "Europe/Berlin"))
        #expect(ZoneID.classify("utc") == .unknown("utc", suggestion: "UTC"))
        #expect(ZoneID.classify("Moon/Base").help == "write an IANA time zone id, such as 'Europe/Berlin', 'America/New_York' or 'UTC'")
        #expect(ZoneID.classify("Etc/GMT+15").code == .unknownTimezone)
        #expect(ZoneID.classify("").code == .unknownTimezone)
    }

    /// Every id the tables offer is one this system accepts as a region id, so a suggestion never
    /// leads to another error.
    @Test func everyOfferedIDIsARegionID() {
        let offered = Set(ZoneID.legacyNames.values).union(ZoneID.abbreviations.values.joined())
        for id in offered.sorted() {
            #expect(ZoneID.classify(id) == .region(id), "\(id)")
        }
        for alias in ZoneID.legacyNames.keys.sorted() {
            #expect(ZoneID.classify(alias).code == .legacyTimezone, "\(alias)")
        }
    }
}
