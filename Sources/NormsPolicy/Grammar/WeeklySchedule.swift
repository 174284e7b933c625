import NormsSource

/// Working hours over a week: a map from day set to one hour range or a list of them,
/// `{mon-thu: "09:00-17:00", fri: ["09:00-12:00", "13:00-15:00"]}`.
///
/// A period belongs to the day it starts on; an overnight period runs into the next day. A day
/// named by no key is not a working day.
public struct WeeklySchedule: Sendable, Hashable {
    /// One key of the schedule and its ranges, as written.
    public struct Entry: Sendable, Hashable {
        public var days: Located<DaySet>
        public var ranges: [Located<HourRange>]

        public init(days: Located<DaySet>, ranges: [Located<HourRange>]) {
            self.days = days
            self.ranges = ranges
        }
    }

    /// The keys in the order written.
    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// `mon-fri: 09:00-17:00`, the default working hours.
    public static let standard = WeeklySchedule(entries: [
        Entry(days: Located(.weekdays, at: .synthetic("default working_hours")),
              ranges: [Located(HourRange(start: TimeOfDay(hour: 9, minute: 0), end: TimeOfDay(hour: 17, minute: 0)),
                               at: .synthetic("default working_hours"))]),
    ])

    /// The periods that start on `day`, sorted by start.
    public func periods(startingOn day: Weekday) -> [HourRange] {
        entries.filter { $0.days.value.contains(day) }
            .flatMap { $0.ranges.map(\.value) }
            .sorted { $0.start < $1.start }
    }

    /// Whether some period starts on some day of the week.
    public var hasWorkingTime: Bool {
        entries.contains { !$0.days.value.isEmpty && !$0.ranges.isEmpty }
    }
}
