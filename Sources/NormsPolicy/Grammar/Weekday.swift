/// A day of the week, Monday first (ISO 8601 order).
public enum Weekday: Int, Sendable, Hashable, CaseIterable, Comparable, CustomStringConvertible {
    case monday = 0, tuesday, wednesday, thursday, friday, saturday, sunday

    /// The three-letter name used in policies: `mon` … `sun`.
    public var abbreviation: String {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][rawValue]
    }

    /// Parses `mon` … `sun` (case-insensitive; full names such as `monday` too).
    public init?(name: String) {
        let lowered = name.lowercased()
        guard let day = Weekday.allCases.first(where: {
            lowered == $0.abbreviation || lowered == $0.fullName
        }) else { return nil }
        self = day
    }

    /// `monday` … `sunday`.
    public var fullName: String {
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"][rawValue]
    }

    /// The day after this one, wrapping from Sunday to Monday.
    public var next: Weekday { Weekday(rawValue: (rawValue + 1) % 7)! }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { abbreviation }
}

extension Weekday {
    /// The day of the week of a day number (days since 1970-01-01, a Thursday).
    public static func of(day: Int) -> Weekday {
        Weekday(rawValue: ((day % 7) + 7 + 3) % 7)!
    }
}
