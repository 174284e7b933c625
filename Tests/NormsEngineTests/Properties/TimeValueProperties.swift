import Foundation
import NormsEngine
import NormsPolicy
import PropertyBased
import Testing

/// Round trips of the time values written in policies and messages, and zone offsets checked
/// against Foundation.
@Suite("Time value properties")
struct TimeValueProperties {
    // MARK: - Durations

    /// Any duration whose canonical form parses back: counts up to seven digits.
    static let duration = zip(Gen.int(in: 0...6), Gen.int(in: 0...9_999_999), Gen.int(in: 0...48))
        .map { kind, count, small -> PolicyDuration in
            switch kind {
            case 0: .immediate
            case 1: .none
            case 2: .wallClock(minutes: count)
            case 3: .wallClock(minutes: small * [1, 60, 1440][count % 3])
            case 4: .businessHours(count % 2 == 0 ? small : count)
            default: .businessDays(count % 2 == 0 ? small : count)
            }
        }

    @Test("a duration's canonical form parses back to it")
    func durationRoundTrip() async {
        await Property.check("duration round trip", count: 500, input: Self.duration) { duration in
            let text = duration.description
            let parsed = try? PolicyDuration.parse(text)
            try Property.require(parsed == duration, "\(duration) is written '\(text)', which parses to \(parsed.map(String.init(describing:)) ?? "an error")")
        }
    }

    @Test("every spelling of a duration parses to the same value as its canonical form")
    func durationSpellings() async {
        let units: [(spellings: [String], make: @Sendable (Int) -> PolicyDuration)] = [
            (["m", "min", "mins", "minute", "minutes"], { .wallClock(minutes: $0) }),
            (["h", "hour", "hours"], { .wallClock(minutes: $0 * 60) }),
            (["d", "day", "days"], { .wallClock(minutes: $0 * 1440) }),
            (["bh", "business hour", "business hours"], { .businessHours($0) }),
            (["bd", "business day", "business days"], { .businessDays($0) }),
        ]
        let input = zip(Gen.int(in: 0...(units.count - 1)), Gen.int(in: 0...99_999), Gen.int(in: 0...4), Gen.int(in: 0...3), Gen.bool)
        await Property.check("duration spellings", count: 500, input: input) { unit, count, spelling, spaces, upper in
            let (spellings, make) = units[unit]
            let word = spellings[spelling % spellings.count]
            let text = String(repeating: " ", count: spaces % 2) + "\(count)" + String(repeating: " ", count: spaces / 2)
                + (upper ? word.uppercased() : word) + String(repeating: "\t", count: spaces % 2)
            let parsed = try? PolicyDuration.parse(text)
            try Property.require(parsed == make(count), "'\(text)' parses to \(parsed.map(String.init(describing:)) ?? "an error"), not \(make(count))")
            let again = try? PolicyDuration.parse(parsed!.description)
            try Property.require(again == parsed, "'\(text)' is \(parsed!), whose form '\(parsed!.description)' parses to \(again.map(String.init(describing:)) ?? "an error")")
        }
    }

    // MARK: - Local dates

    /// 1583-01-01, the first full year of the Gregorian calendar in Foundation's calendar.
    static let firstGregorianDay = -141_427
    /// 9999-12-31, the last day written with four digits.
    static let lastFourDigitDay = 2_932_896

    @Test("day numbers and dates convert both ways, and a date's text parses back")
    func localDateRoundTrip() async {
        let day = zip(Gen.int(in: 0...2), Gen.int(in: -719_528...Self.lastFourDigitDay), Gen.int(in: -50_000_000...50_000_000))
            .map { kind, fourDigit, wide in kind == 0 ? wide : fourDigit }
        await Property.check("local date round trip", count: 1000, input: day) { day in
            let date = LocalDate(daysSinceEpoch: day)
            try Property.require(date.daysSinceEpoch == day, "day \(day) is \(date), which is day \(date.daysSinceEpoch)")
            let rebuilt = LocalDate(year: date.year, month: date.month, day: date.day)
            try Property.require(rebuilt == date, "day \(day) is \(date), which LocalDate(year:month:day:) rejects or changes")
            try Property.require(date.adding(days: 1).daysSinceEpoch == day + 1, "the day after \(date) is not day \(day + 1)")
            try Property.require(date.weekday == Weekday.of(day: day), "\(date)'s weekday is not that of day \(day)")
            if (0...9999).contains(date.year) {
                let parsed = try? LocalDate.parse(date.description)
                try Property.require(parsed == date, "\(date) is written '\(date.description)', which parses to \(parsed.map(String.init(describing:)) ?? "an error")")
            }
        }
    }

    @Test("dates and weekdays agree with Foundation's Gregorian calendar")
    func localDateAgreesWithFoundation() async {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let gregorian = calendar
        await Property.check("local date vs Foundation", count: 1000, input: Gen.int(in: Self.firstGregorianDay...Self.lastFourDigitDay)) {
            day in
            let date = LocalDate(daysSinceEpoch: day)
            let parts = gregorian.dateComponents([.year, .month, .day, .weekday], from: Date(timeIntervalSince1970: Double(day) * 86_400))
            try Property.require(
                (parts.year, parts.month, parts.day) == (date.year, date.month, date.day),
                "day \(day) is \(date) here and \(parts.year!)-\(parts.month!)-\(parts.day!) in Foundation")
            // Foundation numbers Sunday 1 … Saturday 7; Weekday numbers Monday 0 … Sunday 6.
            try Property.require((parts.weekday! + 5) % 7 == date.weekday.rawValue, "\(date) is a \(date.weekday) here, weekday \(parts.weekday!) in Foundation")
        }
    }

    // MARK: - Timestamps

    /// An offset of whole minutes within ±23:59 and an instant whose local time in it lies in
    /// years 0000 to 9999 (what the text form can hold).
    static let timestamp = zip(Gen.int(in: -1439...1439), Gen.bool, Gen.int(in: -48...56), Gen.int(in: -62_167_219_200...253_402_300_799))
        .map { minutes, common, quarters, instant -> Timestamp in
            // Half the offsets are the common ones, whole or quarter hours from -12:00 to +14:00.
            let offset = common ? quarters * 900 : minutes * 60
            let clamped = min(max(instant, -62_167_219_200 - offset), 253_402_300_799 - offset)
            return Timestamp(instant: clamped, offset: offset)
        }

    @Test("a timestamp's text parses back to the same instant and offset")
    func timestampRoundTrip() async {
        await Property.check("timestamp round trip", count: 1000, input: Self.timestamp) { stamp in
            let text = stamp.description
            let parsed = Timestamp.parse(text)
            try Property.require(parsed == stamp, "\(stamp.instant) at offset \(stamp.offset) is written '\(text)', which parses to \(parsed.map { "\($0.instant) at \($0.offset)" } ?? "nothing")")
            // The other spellings RFC 3339 allows mean the same instant.
            let lower = text.replacingOccurrences(of: "T", with: "t")
            let spaced = text.replacingOccurrences(of: "T", with: " ")
            let fraction = String(text.prefix(19)) + ".125" + String(text.dropFirst(19))
            for variant in [lower, spaced, fraction] {
                try Property.require(Timestamp.parse(variant) == stamp, "'\(variant)' does not parse to the same timestamp as '\(text)'")
            }
            if stamp.offset == 0 {
                let zulu = String(text.dropLast(6)) + "Z"
                try Property.require(Timestamp.parse(zulu) == stamp, "'\(zulu)' does not parse to the same timestamp as '\(text)'")
            }
        }
    }

    // MARK: - Zone offsets

    /// Every zone Foundation knows, in a fixed order.
    static let knownZones = TimeZone.knownTimeZoneIdentifiers.sorted()

    /// A known zone and an instant: half anywhere from 1906 to 2160 (inside and outside the
    /// table's 1970–2100), half within a minute of one of the zone's clock changes.
    static let zoneAndInstant = zip(Gen.element(of: knownZones).map { $0! }, Gen.bool, Gen.int(in: -2_000_000_000...6_000_000_000), Gen.int(in: -60...60))
        .map { identifier, nearChange, instant, seconds -> (String, Moment) in
            guard nearChange, let zone = TimeZone(identifier: identifier),
                  let change = zone.nextDaylightSavingTimeTransition(after: Date(timeIntervalSince1970: Double(instant)))
            else { return (identifier, Moment(instant: instant)) }
            return (identifier, Moment(instant: Int(change.timeIntervalSince1970) + seconds))
        }

    @Test("a zone clock's offset agrees with Foundation's for random instants in random known zones")
    func zoneOffsetsAgreeWithFoundation() async {
        await Property.check("zone offsets", count: 1000, input: Self.zoneAndInstant) { pair in
            let (identifier, moment) = pair
            guard let zone = TimeZone(identifier: identifier) else { throw Property.Failure(description: "Foundation knows \(identifier) but cannot make it") }
            let expected = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(moment.instant)))
            let clock = ZoneClock(zone: zone)
            let actual = clock.offset(at: moment.instant)
            try Property.require(actual == expected, "\(identifier) at \(moment): offset \(actual) here, \(expected) in Foundation")
            let stamp = clock.timestamp(moment.instant)
            try Property.require(stamp.instant == moment.instant && stamp.offset == expected, "\(identifier) at \(moment): the timestamp \(stamp) is not that instant at offset \(expected)")
        }
    }

    @Test("a local time outside a clock change converts to an instant and back")
    func zoneLocalTimeRoundTrip() async {
        await Property.check("zone local time", count: 500, input: CalendarCases.calendarAndInstant) { pair in
            let (named, moment) = pair
            let clock = named.calendar.profile.clock
            let (date, second) = clock.local(at: moment.instant)
            let minute = second / 60
            let back = clock.instant(on: date, minutes: minute)
            // A repeated local time (clocks going back) converts to its first occurrence.
            let firstOccurrence = moment.instant - second % 60
            let repeated = clock.offset(at: firstOccurrence - 7200) > clock.offset(at: firstOccurrence)
            try Property.require(
                back == firstOccurrence || (repeated && back < firstOccurrence && clock.local(at: back) == (date, minute * 60)),
                "\(named.zone) at \(moment): local \(date) minute \(minute) converts back to \(Moment(instant: back))")
        }
    }
}
