/// A wall-clock time of day, `HH:MM` in 24-hour form, from `00:00` to `24:00`.
///
/// `24:00` is the end of the day and is only valid as the end of an ``HourRange``.
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Minutes since local midnight, `0...1440`.
    public let minutes: Int

    public init(minutes: Int) {
        precondition((0...1440).contains(minutes), "a time of day is between 00:00 and 24:00")
        self.minutes = minutes
    }

    public init(hour: Int, minute: Int) {
        self.init(minutes: hour * 60 + minute)
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// Parses `HH:MM` (`H:MM` too).
    /// - Throws: ``GrammarError`` when the text is not a time between `00:00` and `24:00`.
    public static func parse(_ text: String) throws(GrammarError) -> TimeOfDay {
        let parts = text.trimmingWhitespace().split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(parts[0]), let minute = Int(parts[1]),
              hour < 24 && minute < 60 || hour == 24 && minute == 0
        else { throw .timeOfDay(text) }
        return TimeOfDay(hour: hour, minute: minute)
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }

    /// `HH:MM`.
    public var description: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }
}
