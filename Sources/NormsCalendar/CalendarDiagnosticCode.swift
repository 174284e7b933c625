/// The codes of the diagnostics the calendar reader reports. Codes are stable: lint rules,
/// tests and CI configurations refer to them.
package enum CalendarDiagnosticCode: String, Sendable, CaseIterable {
    /// The file is missing, a folder, unreadable or too large.
    case unreadable = "calendar.unreadable"
    /// The file lies outside the policy root.
    case outsideRoot = "calendar.outside-root"
    /// The file is not an iCalendar stream (no `BEGIN:VCALENDAR`, a NUL byte).
    case notICalendar = "calendar.not-icalendar"
    /// The file nests components too deep to be read safely.
    case tooDeep = "calendar.too-deep"
    /// libical could not read a line (an `X-LIC-ERROR`), or `BEGIN` and `END` do not match.
    case syntax = "calendar.syntax"
    /// An event that cannot be placed in time (no `DTSTART`, an end before its start).
    case invalidEvent = "calendar.invalid-event"
    /// A `TZID` that is neither defined in the file nor a known zone.
    case unknownTimezone = "calendar.unknown-tzid"
    /// A recurrence rule that is not expanded (finer than hourly with date filters).
    case unsupportedRecurrence = "calendar.unsupported-recurrence"
    /// Expansion stopped at the instance or step limit.
    case expansionLimit = "calendar.expansion-limit"
}
