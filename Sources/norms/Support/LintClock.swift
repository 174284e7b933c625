import Foundation
import NormsPolicy

/// Today's date for `norms lint`, which compares it with the rules' `expires` dates.
enum LintClock {
    /// The date in the machine's time zone: the day of the local time, counted from 1970-01-01,
    /// which for any day since is what a Gregorian `Calendar` gives, without making one.
    static func today(now: Date = Date(), timeZone: TimeZone = .current) -> LocalDate {
        let localSeconds = now.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: now))
        return LocalDate(daysSinceEpoch: Int((localSeconds / 86_400).rounded(.down)))
    }
}
