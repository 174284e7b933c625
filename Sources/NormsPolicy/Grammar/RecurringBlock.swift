/// A block of time that repeats every week, such as a focus block: `"mon-fri 09:00-11:00"` or
/// `{days: mon-fri, hours: "09:00-11:00"}`.
///
/// An overnight block belongs to the day it starts on and runs into the next.
public struct RecurringBlock: Sendable, Hashable, CustomStringConvertible {
    public let days: DaySet
    public let hours: HourRange

    public init(days: DaySet, hours: HourRange) {
        self.days = days
        self.hours = hours
    }

    /// Parses the string form `"DAYSET HH:MM-HH:MM"`.
    /// - Throws: ``GrammarError`` for a malformed day set or hour range.
    public static func parse(_ text: String) throws(GrammarError) -> RecurringBlock {
        let parts = text.trimmingWhitespace().split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard parts.count == 2 else { throw .recurringBlock(text) }
        return RecurringBlock(days: try DaySet.parse(String(parts[0])), hours: try HourRange.parse(String(parts[1])))
    }

    public var description: String { "\(days) \(hours)" }
}
