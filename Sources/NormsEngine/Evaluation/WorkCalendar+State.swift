import NormsPolicy

extension WorkCalendar {
    /// The recipient's state at `instant`, the first that holds of: `away` (an away date or a live
    /// `away`), `holiday`, `after_hours` (outside every counted working period), `focus` (a focus
    /// block not cancelled by a live `available`, or a live `focus`/`dnd`), `available`.
    package func state(at instant: Instant) -> RecipientState {
        let day = clock.day(at: instant)
        let live = liveStatus.flatMap { $0.interval.contains(instant) ? $0.status : nil }
        if profile.isAway(day) || live == .away { return .away }
        if profile.isHoliday(day) { return .holiday }
        if !isWorking(at: instant) { return .afterHours }
        if live == .focus || live == .dnd { return .focus }
        if live != .available, focusBlockEnd(containing: instant) != nil { return .focus }
        return .available
    }

    /// The first instant at or after `instant` at which the recipient is `available`, or `nil`
    /// when there is none within the search horizon (a week without working time, say).
    package func nextAvailable(from instant: Instant) -> Instant? {
        var found: Instant?
        forEachPeriod(endingAfter: instant) { period in
            var cursor = max(period.interval.start, instant)
            while cursor < period.interval.end {
                guard let blockedUntil = unavailableUntil(cursor) else {
                    found = cursor
                    return false
                }
                cursor = blockedUntil
            }
            return true
        }
        return found
    }

    /// When `instant` lies in working time but the recipient is not available (a day off, a live
    /// status, a focus block), the instant that reason ends; `nil` when they are available.
    private func unavailableUntil(_ instant: Instant) -> Instant? {
        let day = clock.day(at: instant)
        if profile.isAway(day) || profile.isHoliday(day) {
            return clock.instant(onDay: day + 1, minutes: 0)
        }
        if let live = liveStatus, live.interval.contains(instant) {
            switch live.status {
            case .away, .focus, .dnd: return live.interval.end
            case .available: return nil
            }
        }
        return focusBlockEnd(containing: instant)
    }

    /// The end of the recipient's working day at `instant`: the end of the last counted period
    /// that begins on the local date of the period holding `instant` (or of the next period to
    /// start, when `instant` lies outside working time). Periods of the next day never extend it,
    /// even when they touch. `nil` when no period follows. Live statuses without `until` last
    /// this long.
    package func endOfWorkingDay(_ instant: Instant) -> Instant? {
        guard profile.hasWorkingTime else { return nil }
        let firstDay = clock.day(at: instant) - 1
        for day in firstDay...searchHorizon(from: firstDay) {
            // Periods of a day are sorted by start, and days are visited in order: the first that
            // ends after `instant` holds it, or else is the next to start.
            if let end = lastEnd(ofPeriodsStartingOn: day), end > instant { return end }
        }
        return nil
    }

    /// The latest end of the counted periods that start on a local date, `nil` when none does.
    func lastEnd(ofPeriodsStartingOn day: Int) -> Instant? {
        var last: Instant?
        forEachPeriod(startingOn: day) { period in last = max(last ?? period.interval.end, period.interval.end) }
        return last
    }
}
