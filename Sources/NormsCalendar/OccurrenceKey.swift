/// What identifies one occurrence of a series, for `EXDATE` and `RECURRENCE-ID`: its date (an
/// all-day series) or its instant.
enum OccurrenceKey: Hashable {
    case date(CalendarDate)
    case instant(Int64)
}
