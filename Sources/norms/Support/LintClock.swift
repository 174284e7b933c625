import Foundation
import NormsPolicy

/// Today's date for `norms lint`, which compares it with the rules' `expires` dates.
enum LintClock {
    /// The date in the machine's time zone.
    static func today(now: Date = Date(), timeZone: TimeZone = .current) -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? LocalDate(daysSinceEpoch: 0)
    }
}
