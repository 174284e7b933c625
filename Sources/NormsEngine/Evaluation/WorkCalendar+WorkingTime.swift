import NormsPolicy

extension WorkCalendar {
    /// The working time, in seconds, between `start` and `end`: how much of `[start, end)` lies in
    /// counted working periods (focus time counts, holidays and away dates do not). The inverse of
    /// ``adding(businessHours:to:)``: `workingSeconds(from: t, to: adding(businessHours: h, to: t)!)`
    /// is `h × 3600` when `t` lies in working time.
    ///
    /// `0` when `end` is not after `start`. The search goes up to `end`, but at most
    /// ``maxSearchDays`` (ten years) on, so the result is bounded: an `end` further away counts
    /// ten years of working time.
    public func workingSeconds(from start: Instant, to end: Instant) -> Int {
        guard end > start else { return 0 }
        var total = 0
        forEachPeriod(endingAfter: start, through: clock.day(at: end)) { period in
            guard period.interval.start < end else { return false }
            total += min(period.interval.end, end) - max(period.interval.start, start)
            return true
        }
        return total
    }
}
