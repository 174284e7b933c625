import NormsPolicy

/// One recipient's working time as instants: states, availability and business-time arithmetic.
///
/// A working period belongs to the local date it starts on and is *counted* only when that date
/// is neither a holiday nor an away date. Periods are measured in real elapsed time, so a shift
/// across a clock change is an hour shorter or longer. Every search is bounded: a week without
/// working time answers `nil` at once, and any other search looks at most 366 days ahead, or two
/// weeks past the last holiday or away date when that is later (past it, every week repeats).
///
/// Sendable as its profile and live status are: the one field that is not, ``memo``, is set only
/// by the evaluator, for a calendar that lives and dies within one recipient's decision.
package struct WorkCalendar: @unchecked Sendable {
    /// A counted working period and the local date it starts on.
    struct Period {
        var interval: InstantInterval
        var day: Int
    }

    package let profile: RecipientProfile
    /// The recipient's live status, if the message reports one.
    package let liveStatus: LiveStatusWindow?

    /// The periods of the searches from one instant, kept while a decision is made (see
    /// ``PeriodMemo``); `nil` when every search walks the days afresh.
    let memo: UnsafeMutablePointer<PeriodMemo>?

    package init(profile: RecipientProfile, liveStatus: LiveStatusWindow? = nil) {
        self.init(profile: profile, liveStatus: liveStatus, memo: nil)
    }

    init(profile: RecipientProfile, liveStatus: LiveStatusWindow?, memo: UnsafeMutablePointer<PeriodMemo>?) {
        self.profile = profile
        self.liveStatus = liveStatus
        self.memo = memo
    }

    var clock: ZoneClock { profile.clock }

    // MARK: - Periods

    /// Calls `body` with each counted period that starts on a local date (a day number), in order
    /// of start; without building a list, since searches visit many days.
    func forEachPeriod(startingOn day: Int, _ body: (Period) -> Void) {
        guard !profile.isHoliday(day), !profile.isAway(day) else { return }
        for range in profile.periodsByWeekday[Weekday.of(day: day).rawValue] {
            body(Period(
                interval: InstantInterval(
                    start: clock.instant(onDay: day, minutes: range.start.minutes),
                    end: clock.instant(onDay: day, minutes: range.endMinutesFromStartDay)),
                day: day))
        }
    }

    /// The last day number worth searching from `day`: a year on, or two weeks past the last day off.
    func searchHorizon(from day: Int) -> Int {
        max(day + 366, (profile.lastDayOff ?? day) + 14)
    }

    /// The most days a search asked to reach a later day goes (``forEachPeriod(endingAfter:through:_:)``):
    /// ten years.
    static let maxSearchDays = 3_660

    /// Calls `body` with each counted period that ends after `instant`, in order of start, with
    /// overlapping periods merged, until `body` returns `false` or the horizon is reached: the
    /// usual one, or `lastDay` when that is later (at most ``maxSearchDays`` on).
    func forEachPeriod(endingAfter instant: Instant, through lastDay: Int? = nil, _ body: (Period) -> Bool) {
        guard profile.hasWorkingTime else { return }
        var skipped = 0
        if lastDay == nil, let memo, memo.pointee.instant == instant {
            skipped = PeriodMemo.forEachPeriod(in: memo, of: self, body)
            guard skipped >= 0 else { return }
        }
        // The memo ran out of room after `skipped` periods (or there is none): walk afresh from
        // the first day, past the periods already given.
        var walk = PeriodWalk(self, endingAfter: instant, through: lastDay)
        var stopped = false
        while !stopped, walk.step(self, { period in
            guard !stopped else { return }
            guard skipped == 0 else { return skipped -= 1 }
            if !body(period) { stopped = true }
        }) {}
    }

    /// The counted period containing `instant`, or else the next one to start.
    func periodContainingOrAfter(_ instant: Instant) -> Period? {
        var found: Period?
        forEachPeriod(endingAfter: instant) { period in
            found = period
            return false
        }
        return found
    }

    /// Whether `instant` lies inside a counted working period.
    package func isWorking(at instant: Instant) -> Bool {
        guard let period = periodContainingOrAfter(instant) else { return false }
        return period.interval.contains(instant)
    }

    // MARK: - Focus

    /// The end of the scheduled focus block (weekly, or from a calendar) containing `instant`, if any.
    func focusBlockEnd(containing instant: Instant) -> Instant? {
        var end = profile.calendarFocusEnd(containing: instant)
        guard !profile.focus.isEmpty else { return end }
        let today = clock.day(at: instant)
        for day in (today - 1)...today {
            let weekday = Weekday.of(day: day)
            for block in profile.focus where block.days.contains(weekday) {
                let start = clock.instant(onDay: day, minutes: block.hours.start.minutes)
                let stop = clock.instant(onDay: day, minutes: block.hours.endMinutesFromStartDay)
                if start <= instant, instant < stop { end = max(end ?? stop, stop) }
            }
        }
        return end
    }
}
