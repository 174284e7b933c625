import CICal

/// Recurrence rules that libical would take unbounded time to expand.
///
/// For each occurrence, libical steps through every second, minute or hour until the rule's
/// filters match: `FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30` steps until the year 2582 without a
/// match, so one call never returns in practice. Rules that repeat more often than daily are
/// therefore expanded only when each step can match: secondly and minutely rules without filters
/// (except `BYSECOND`, and `BYMINUTE` for minutely), hourly rules filtered at most by day of the
/// week, hour, minute and second. Every other rule is expanded, within the step limit, unless its
/// month, day-of-month and year-day filters never name one existing day (libical would step
/// through centuries looking for it), or it counts its instances (`COUNT`) from a start long
/// before the window (it must then be stepped through from that start).
enum RecurrenceGuard {
    /// How far before the window a counted rule may start: a century.
    static let maxCountedLead: Int64 = 100 * 366 * 86_400

    /// Why libical is not asked to expand `rule` from `start` (seconds since the epoch) for
    /// `window`, or `nil` when it may be.
    static func unsupported(_ rule: icalrecurrencetype, start: Int64, window: CalendarWindow) -> String? {
        if let reason = unsupported(rule) { return reason }
        if !namesSomeDay(rule) {
            return "its BYMONTH, BYMONTHDAY and BYYEARDAY filters never name the same day, so it never repeats"
        }
        if rule.count != 0, start < window.start - maxCountedLead {
            return "a rule with COUNT that starts more than 100 years before the expansion window would be stepped through from its start"
        }
        return nil
    }


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

    /// Whether some day of a common or a leap year is in the rule's `BYMONTH`, `BYMONTHDAY` and
    /// `BYYEARDAY` (negative values count from the end of the month or year).
    static func namesSomeDay(_ rule: icalrecurrencetype) -> Bool {
        let months = Set(values(rule.by_month))
        let monthDays = Set(values(rule.by_month_day))
        let yearDays = Set(values(rule.by_year_day))
        for yearLength in [365, 366] {
            var yearDay = 0
            for (month, monthLength) in [31, yearLength == 366 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31].enumerated() {
                for day in 1...monthLength {
                    yearDay += 1
                    if (months.isEmpty || months.contains(month + 1))
                        && (monthDays.isEmpty || monthDays.contains(day) || monthDays.contains(day - monthLength - 1))
                        && (yearDays.isEmpty || yearDays.contains(yearDay) || yearDays.contains(yearDay - yearLength - 1)) {
                        return true
                    }
                }
            }
        }
        return false
    }

    /// The values of one of libical's `BY…` arrays, which end at `ICAL_RECURRENCE_ARRAY_MAX`.
    private static func values<Array>(_ array: Array) -> [Int] {
        withUnsafeBytes(of: array) { bytes in
            bytes.bindMemory(to: Int16.self).prefix { $0 != Int16(ICAL_RECURRENCE_ARRAY_MAX.rawValue) }.map(Int.init)
        }
    }
}
