import NormsEngine
import NormsPolicy
import PropertyBased
import Testing

/// Properties of business time on the calendars of ``CalendarCases``: deadlines move forward with
/// `sent_at` and with the count, and the next available instant is one.
@Suite("Business time properties")
struct BusinessTimeProperties {
    /// A missing deadline (no working time within the horizon) sorts after every instant.
    static func order(_ instant: Instant?) -> Instant { instant ?? .max }

    static func show(_ instant: Instant?, _ named: NamedCalendar) -> String {
        instant.map { named.calendar.profile.clock.timestamp($0).description } ?? "none"
    }

    @Test("a later sent_at never gives an earlier business-hours deadline")
    func businessHoursAreMonotoneInTheStart() async {
        await Property.check("hours monotone", input: zip(CalendarCases.calendarAndInstant, CalendarCases.delay, Gen.int(in: 0...60))) {
            pair, delay, hours in
            let (named, start) = pair
            let earlier = named.calendar.adding(businessHours: hours, to: start.instant)
            let later = named.calendar.adding(businessHours: hours, to: start.instant + delay)
            try Property.require(
                Self.order(earlier) <= Self.order(later),
                "\(named): \(hours) bh from \(start) gives \(Self.show(earlier, named)), from \(delay) s later \(Self.show(later, named))")
        }
    }

    @Test("a later sent_at never gives an earlier business-days deadline")
    func businessDaysAreMonotoneInTheStart() async {
        await Property.check("days monotone", input: zip(CalendarCases.calendarAndInstant, CalendarCases.delay, Gen.int(in: 0...15))) {
            pair, delay, days in
            let (named, start) = pair
            let earlier = named.calendar.adding(businessDays: days, to: start.instant)
            let later = named.calendar.adding(businessDays: days, to: start.instant + delay)
            try Property.require(
                Self.order(earlier) <= Self.order(later),
                "\(named): \(days) bd from \(start) gives \(Self.show(earlier, named)), from \(delay) s later \(Self.show(later, named))")
        }
    }

    @Test("N + 1 business hours end at least an hour after N")
    func oneMoreBusinessHourIsLater() async {
        await Property.check("hours grow", input: zip(CalendarCases.calendarAndInstant, Gen.int(in: 0...80))) {
            pair, hours in
            let (named, start) = pair
            let deadline = named.calendar.adding(businessHours: hours, to: start.instant)
            let next = named.calendar.adding(businessHours: hours + 1, to: start.instant)
            // One more hour of working time is 3,600 more seconds of it, so at least that much later.
            try Property.require(
                Self.order(deadline) <= Self.order(next) && (deadline == nil || next == nil || next! - deadline! >= 3600),
                "\(named): from \(start), \(hours) bh give \(Self.show(deadline, named)) and \(hours + 1) bh \(Self.show(next, named))")
            try Property.require(
                deadline == nil || deadline! >= start.instant,
                "\(named): \(hours) bh from \(start) give \(Self.show(deadline, named)), before the start")
        }
    }

    @Test("N + 1 business days end after N")
    func oneMoreBusinessDayIsLater() async {
        await Property.check("days grow", input: zip(CalendarCases.calendarAndInstant, Gen.int(in: 0...20))) {
            pair, days in
            let (named, start) = pair
            let deadline = named.calendar.adding(businessDays: days, to: start.instant)
            let next = named.calendar.adding(businessDays: days + 1, to: start.instant)
            try Property.require(
                deadline == nil ? next == nil : Self.order(deadline) < Self.order(next),
                "\(named): from \(start), \(days) bd give \(Self.show(deadline, named)) and \(days + 1) bd \(Self.show(next, named))")
            try Property.require(
                deadline == nil || deadline! > start.instant,
                "\(named): \(days) bd from \(start) give \(Self.show(deadline, named)), not after the start")
        }
    }

    @Test("nextAvailable returns the first instant at which the recipient is available")
    func nextAvailableIsAvailable() async {
        await Property.check("next available", count: 500, input: CalendarCases.calendarAndInstant) { pair in
            let (named, start) = pair
            guard let next = named.calendar.nextAvailable(from: start.instant) else {
                throw Property.Failure(description: "\(named): nobody available after \(start)")
            }
            let state = named.calendar.state(at: next)
            try Property.require(next >= start.instant, "\(named): next available \(Self.show(next, named)) is before \(start)")
            try Property.require(state == .available, "\(named): next available after \(start) is \(Self.show(next, named)), where the state is \(state)")
            // Nothing earlier: the second before it (when not before the start) is not available.
            if next > start.instant {
                let before = named.calendar.state(at: next - 1)
                try Property.require(
                    before != .available, "\(named): next available after \(start) is \(Self.show(next, named)), but a second before is available")
            }
        }
    }
}
