import Foundation
import NormsPolicy

/// The value of an answer's `Date` header field (RFC 9110's IMF-fixdate,
/// `Tue, 01 Dec 2026 11:09:33 GMT`), written at most once a second.
struct HTTPDateField {
    private var second = Int.min
    private var text = ""

    /// The field's value now.
    mutating func now() -> String {
        let second = Int(Date().timeIntervalSince1970.rounded(.down))
        if second != self.second {
            self.second = second
            text = Self.text(secondsSinceEpoch: second)
        }
        return text
    }

    private static let dayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The IMF-fixdate of a time in whole seconds since 1970-01-01T00:00:00Z.
    static func text(secondsSinceEpoch seconds: Int) -> String {
        let (days, secondOfDay) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let (day, second) = secondOfDay < 0 ? (days - 1, secondOfDay + 86_400) : (days, secondOfDay)
        let date = LocalDate(daysSinceEpoch: day)
        func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(dayNames[date.weekday.rawValue]), \(twoDigits(date.day)) \(monthNames[date.month - 1]) \(date.year) "
            + "\(twoDigits(second / 3600)):\(twoDigits(second / 60 % 60)):\(twoDigits(second % 60)) GMT"
    }
}
