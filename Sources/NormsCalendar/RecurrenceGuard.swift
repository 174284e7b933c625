import CICal

/// Recurrence rules that libical would take unbounded time to expand.
///
/// For each occurrence, libical steps through every second, minute or hour until the rule's
/// filters match: `FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30` steps until the year 2582 without a
/// match, so one call never returns in practice. Rules that repeat more often than daily are
/// therefore expanded only when each step can match: secondly and minutely rules without filters
/// (except `BYSECOND`, and `BYMINUTE` for minutely), hourly rules filtered at most by day of the
/// week, hour, minute and second. Every other rule is expanded, within the step limit.
enum RecurrenceGuard {
    /// Why libical is not asked to expand `rule`, or `nil` when it may be.
    static func unsupported(_ rule: icalrecurrencetype) -> String? {
        let isSet = { (first: Int16) in first != Int16(ICAL_RECURRENCE_ARRAY_MAX.rawValue) }
        let dateFilters = isSet(rule.by_month.0) || isSet(rule.by_month_day.0) || isSet(rule.by_year_day.0)
            || isSet(rule.by_week_no.0) || isSet(rule.by_set_pos.0)
        switch rule.freq {
        case ICAL_SECONDLY_RECURRENCE:
            if dateFilters || isSet(rule.by_day.0) || isSet(rule.by_hour.0) || isSet(rule.by_minute.0) {
                return "a FREQ=SECONDLY rule with filters other than BYSECOND could take years of steps per instance"
            }
        case ICAL_MINUTELY_RECURRENCE:
            if dateFilters || isSet(rule.by_day.0) || isSet(rule.by_hour.0) {
                return "a FREQ=MINUTELY rule with filters other than BYMINUTE and BYSECOND could take years of steps per instance"
            }
        case ICAL_HOURLY_RECURRENCE:
            if dateFilters { return "a FREQ=HOURLY rule with month, day-of-month, year-day, week or position filters could take years of steps per instance" }
        default:
            break
        }
        return nil
    }
}
