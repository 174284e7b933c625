#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif
import Foundation
import NormsPolicy

/// Today's date for `norms lint`, which compares it with the rules' `expires` dates.
enum LintClock {
    /// The date in the machine's time zone, as the C library knows it (`TZ`, else the system's
    /// zone): Foundation's `TimeZone.current` loads the zone through ICU, a million and a half
    /// instructions, for one date.
    static func today(now: Date = Date()) -> LocalDate {
        var seconds = time_t(now.timeIntervalSince1970.rounded(.down))
        var local = tm()
        guard localtime_r(&seconds, &local) != nil,
              let date = LocalDate(year: Int(local.tm_year) + 1900, month: Int(local.tm_mon) + 1, day: Int(local.tm_mday))
        else { return today(now: now, timeZone: .current) }
        return date
    }

    /// The date in `timeZone`: the day of the local time, counted from 1970-01-01, which for any
    /// day since is what a Gregorian `Calendar` gives, without making one.
    static func today(now: Date, timeZone: TimeZone) -> LocalDate {
        let localSeconds = now.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: now))
        return LocalDate(daysSinceEpoch: Int((localSeconds / 86_400).rounded(.down)))
    }
}
