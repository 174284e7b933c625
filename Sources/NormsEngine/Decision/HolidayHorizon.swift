import NormsPolicy

/// Says when a decision lies past the policy's list of holidays.
///
/// A policy lists holidays as dates, a year or two ahead. After its last one, every holiday it
/// does not list is an ordinary working day: Christmas 2031 interrupts like any Thursday. The
/// evaluation cannot know the missing dates, so the decision says so instead of staying silent.
enum HolidayHorizon {
    /// The note for a recipient whose local date at `instant` is after the last day of every
    /// holiday of the policy; `nil` when it is not, or when the policy lists no holiday at all.
    /// - Parameters:
    ///   - profile: the recipient; its zone gives the local date.
    ///   - instant: when the message is sent.
    static func note(for profile: RecipientProfile, at instant: Instant) -> String? {
        guard let last = profile.holidays.lastDay else { return nil }
        // A local date is at most one day after the UTC date (offsets reach +14:00): long before
        // the last holiday, the zone need not be asked.
        let utcDay = instant >= 0 ? instant / 86_400 : (instant - 86_399) / 86_400
        if utcDay + 1 <= last { return nil }
        guard profile.clock.day(at: instant) > last else { return nil }
        return "the policy lists no holiday after \(LocalDate(daysSinceEpoch: last)), so later holidays count as working days"
    }
}
