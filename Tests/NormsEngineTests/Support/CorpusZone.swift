/// The time zones of the example policies, with their clock-change rules written out, so that
/// the decision corpus computes local times without the system's zone database: the generated
/// messages are the same on every machine, whatever its tzdata.
///
/// Instants are seconds since 1970-01-01T00:00:00Z; days are days since 1970-01-01.
struct CorpusZone: Sendable, Hashable {
    enum Rule: Sendable, Hashable {
        /// No clock changes.
        case none
        /// The EU: one hour ahead from the last Sunday of March, 01:00 UTC, to the last Sunday of
        /// October, 01:00 UTC.
        case europe
        /// The US: one hour ahead from the second Sunday of March, 02:00 local standard time, to
        /// the first Sunday of November, 02:00 local daylight time.
        case unitedStates
    }

    /// The IANA id.
    var id: String
    /// Seconds east of UTC outside daylight saving time.
    var standardOffset: Int
    var rule: Rule

    static let berlin = CorpusZone(id: "Europe/Berlin", standardOffset: 3600, rule: .europe)
    static let dublin = CorpusZone(id: "Europe/Dublin", standardOffset: 0, rule: .europe)
    static let lisbon = CorpusZone(id: "Europe/Lisbon", standardOffset: 0, rule: .europe)
    static let newYork = CorpusZone(id: "America/New_York", standardOffset: -5 * 3600, rule: .unitedStates)
    static let chicago = CorpusZone(id: "America/Chicago", standardOffset: -6 * 3600, rule: .unitedStates)
    static let kathmandu = CorpusZone(id: "Asia/Kathmandu", standardOffset: 5 * 3600 + 45 * 60, rule: .none)
    static let singapore = CorpusZone(id: "Asia/Singapore", standardOffset: 8 * 3600, rule: .none)

    // MARK: - Clock changes

    /// The instants the clocks go forward and back in `year`, or `nil` without clock changes.
    func changes(in year: Int) -> (forward: Int, back: Int)? {
        switch rule {
        case .none:
            return nil
        case .europe:
            return (CorpusDate.lastSunday(year: year, month: 3) * 86_400 + 3600,
                    CorpusDate.lastSunday(year: year, month: 10) * 86_400 + 3600)
        case .unitedStates:
            return (CorpusDate.nthSunday(2, year: year, month: 3) * 86_400 + 2 * 3600 - standardOffset,
                    CorpusDate.nthSunday(1, year: year, month: 11) * 86_400 + 2 * 3600 - (standardOffset + 3600))
        }
    }

    /// The local days on which the clocks change in `year` (empty without clock changes).
    func changeDays(in year: Int) -> [Int] {
        guard let changes = changes(in: year) else { return [] }
        return [localDay(of: changes.forward), localDay(of: changes.back)]
    }

    /// Seconds east of UTC at `instant`.
    func offset(at instant: Int) -> Int {
        guard let changes = changes(in: CorpusDate.civil(Self.floorDiv(instant + standardOffset, 86_400)).year) else {
            return standardOffset
        }
        return instant >= changes.forward && instant < changes.back ? standardOffset + 3600 : standardOffset
    }

    /// The local day of an instant.
    func localDay(of instant: Int) -> Int {
        Self.floorDiv(instant + offset(at: instant), 86_400)
    }

    /// The instant of a local wall-clock time. A repeated time (clocks going back) is its first
    /// occurrence; a time in the gap (clocks going forward) is read with the standard offset,
    /// which lands after the gap.
    func instant(day: Int, second: Int) -> Int {
        let local = day * 86_400 + second
        let summer = local - (standardOffset + 3600)
        if rule != .none, offset(at: summer) == standardOffset + 3600 { return summer }
        return local - standardOffset
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}

/// Proleptic Gregorian dates as day numbers (Howard Hinnant's algorithms).
enum CorpusDate {
    /// Days since 1970-01-01 of a date.
    static func day(_ year: Int, _ month: Int, _ dayOfMonth: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + dayOfMonth - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date of a day number.
    static func civil(_ day: Int) -> (year: Int, month: Int, day: Int) {
        let z = day + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// 0 = Monday … 6 = Sunday.
    static func weekday(_ day: Int) -> Int {
        ((day % 7) + 7 + 3) % 7
    }

    /// The last Sunday of a month.
    static func lastSunday(year: Int, month: Int) -> Int {
        let last = month == 12 ? Self.day(year + 1, 1, 1) - 1 : Self.day(year, month + 1, 1) - 1
        return last - (weekday(last) + 1) % 7
    }

    /// The n-th Sunday of a month (n ≥ 1).
    static func nthSunday(_ n: Int, year: Int, month: Int) -> Int {
        let first = Self.day(year, month, 1)
        return first + (6 - weekday(first)) + 7 * (n - 1)
    }

    /// A day parsed from `YYYY-MM-DD` (test data only).
    static func parse(_ text: String) -> Int {
        let parts = text.split(separator: "-").map { Int($0)! }
        return day(parts[0], parts[1], parts[2])
    }

    /// `YYYY-MM-DD`.
    static func text(_ day: Int) -> String {
        let date = civil(day)
        return "\(date.year)-\(pad(date.month))-\(pad(date.day))"
    }

    static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
