import NormsPolicy

extension WorkCalendar {
    /// The instant at which `hours` hours of working time have passed, counting from `instant`
    /// (or from the start of the next working period when `instant` is outside one).
    ///
    /// Focus time counts as working time. A deadline that falls exactly at the end of a period
    /// stays there. `nil` when the recipient has no working time within the search horizon.
    package func adding(businessHours hours: Int, to instant: Instant) -> Instant? {
        var remaining = hours * 3600
        var deadline: Instant?
        forEachPeriod(endingAfter: instant) { period in
            let start = max(period.interval.start, instant)
            let available = period.interval.end - start
            if remaining <= available {
                deadline = start + remaining
                return false
            }
            remaining -= available
            return true
        }
        return deadline
    }

    /// The end of the last working period that starts on the `days`-th working day after the
    /// arrival day, where the arrival day is the date on which the period containing `instant`
    /// (or else the next one to start) begins.
    ///
    /// A working day is a date on which a counted period begins. `nil` when no such day exists
    /// within the search horizon.
    package func adding(businessDays days: Int, to instant: Instant) -> Instant? {
        guard let arrival = periodContainingOrAfter(instant) else { return nil }
        var day = arrival.day
        let horizon = searchHorizon(from: day)
        var counted = 0
        while day <= horizon {
            if let end = lastEnd(ofPeriodsStartingOn: day) {
                if counted == days { return end }
                counted += 1
            }
            day += 1
        }
        return nil
    }
}
