/// A range of wall-clock time within a day: `HH:MM-HH:MM`.
///
/// The start is included and the end excluded. An end before the start makes an overnight
/// range that ends on the next day (`22:00-06:00`); `24:00` as the end means midnight at the end
/// of the day. A range whose end equals its start is rejected.
public struct HourRange: Sendable, Hashable, CustomStringConvertible {
    public let start: TimeOfDay
    public let end: TimeOfDay

    public init(start: TimeOfDay, end: TimeOfDay) {
        self.start = start
        self.end = end
    }

    /// Whether the range runs past midnight into the next day.
    public var isOvernight: Bool { end <= start }

    /// The end as minutes after the start day's midnight (past 1440 for overnight ranges).
    public var endMinutesFromStartDay: Int { isOvernight ? end.minutes + 1440 : end.minutes }

    /// The nominal length in minutes (a clock change can make the real length differ).
    public var nominalMinutes: Int { endMinutesFromStartDay - start.minutes }

    /// Parses `HH:MM-HH:MM`.
    /// - Throws: ``GrammarError`` for a malformed range, `24:00` as a start, or an empty range.
    public static func parse(_ text: String) throws(GrammarError) -> HourRange {
        let parts = text.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw .hourRange(text, detail: nil) }
        let start: TimeOfDay
        let end: TimeOfDay
        do {
            start = try TimeOfDay.parse(String(parts[0]))
            end = try TimeOfDay.parse(String(parts[1]))
        } catch {
            throw .hourRange(text, detail: nil)
        }
        guard start.minutes < 1440 else { throw .hourRange(text, detail: "24:00 may only end a range") }
        if start == end { throw .hourRange(text, detail: "the range is empty: its start and end are both \(start)") }
        return HourRange(start: start, end: end)
    }

    public var description: String { "\(start)-\(end)" }
}
