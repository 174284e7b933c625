import NormsSource

/// A calendar date with no time of day: an all-day event's day, or the local date of an instant.
package struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var year: Int
    package var month: Int
    package var day: Int

    package init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    package static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `YYYY-MM-DD`.
    package var description: String {
        let digits = { (value: Int, width: Int) in String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
        return "\(digits(year, 4))-\(digits(month, 2))-\(digits(day, 2))"
    }
}

/// The start or end of one event instance.
package enum CalendarTime: Sendable, Hashable {
    /// An all-day date (`VALUE=DATE`): the whole day in the reader's zone.
    case date(CalendarDate)
    /// A point in time, in seconds since 1970-01-01T00:00:00Z (times with a `TZID`, in UTC, or
    /// floating times read in the reader's zone).
    case instant(Int64)
}

/// The span of time that recurrences are expanded in, as seconds since the epoch (end excluded).
///
/// Only recurring events depend on it: each rule is expanded from its start, and instances that
/// end before ``start`` or begin at or after ``end`` are left out. Events that do not recur are
/// always read (a file holds only so many).
package struct CalendarWindow: Sendable, Hashable {
    package var start: Int64
    package var end: Int64

    package init(start: Int64, end: Int64) {
        self.start = start
        self.end = end
    }

    /// Three years either side of `seconds`: the window a policy's calendars are expanded in,
    /// around the time it is loaded.
    package static func around(_ seconds: Int64) -> CalendarWindow {
        let span: Int64 = 3 * 366 * 86_400
        return CalendarWindow(start: seconds - span, end: seconds + span)
    }

    /// Whether an instance from `start` to `end` touches the window.
    package func overlaps(start instanceStart: Int64, end instanceEnd: Int64) -> Bool {
        instanceStart < end && max(instanceEnd, instanceStart + 1) > start
    }
}

/// The work a calendar file may cause, whatever it holds.
package struct CalendarLimits: Sendable, Hashable {
    /// The largest file read, in bytes (the same limit as a policy's).
    package var maxBytes: Int
    /// The most instances one file yields; expansion stops there with a warning.
    package var maxInstances: Int
    /// The most recurrence steps taken for one file (steps before the window count too: a rule
    /// with `COUNT` is stepped through from its start).
    package var maxRecurrenceSteps: Int
    /// The most time spent expanding one file's recurring events: one libical step may loop
    /// internally, so the step limit alone does not bound the work.
    package var maxExpansionTime: Duration

    package init(maxBytes: Int = 16 * 1024 * 1024, maxInstances: Int = 100_000, maxRecurrenceSteps: Int = 1_000_000,
                 maxExpansionTime: Duration = .seconds(5)) {
        self.maxBytes = maxBytes
        self.maxInstances = maxInstances
        self.maxRecurrenceSteps = maxRecurrenceSteps
        self.maxExpansionTime = maxExpansionTime
    }

    package static let `default` = CalendarLimits()
}

/// One occurrence of an event, with everything that decides how a policy counts it.
package struct CalendarInstance: Sendable, Hashable {
    package var start: CalendarTime
    package var end: CalendarTime
    /// The first and last local dates the instance covers in the reader's zone (an all-day event
    /// ending on the 26th covers up to the 25th; a timed event ending at midnight does not cover
    /// the next day).
    package var firstDate: CalendarDate
    package var lastDate: CalendarDate
    package var summary: String
    package var categories: [String]
    /// `TRANSP:TRANSPARENT`: the event does not block time.
    package var isTransparent: Bool
    /// `STATUS:CANCELLED`.
    package var isCancelled: Bool
    /// `X-MICROSOFT-CDO-BUSYSTATUS`, upper-cased (`OOF` for out of office), if present.
    package var busyStatus: String?
    /// The addresses of attendees who declined (lower-cased, without `mailto:`).
    package var declinedBy: [String]
    /// The start and end as seconds since the epoch (an all-day date from midnight in the
    /// reader's zone).
    package var startInstant: Int64
    package var endInstant: Int64
    /// Where the event's `BEGIN:VEVENT` line is.
    package var position: SourcePosition

    /// Whether the instance is an all-day event.
    package var isAllDay: Bool {
        if case .date = start { return true }
        return false
    }
}
