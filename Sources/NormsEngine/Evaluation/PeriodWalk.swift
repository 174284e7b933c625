/// A search through the counted periods that end after an instant, in order of start, with
/// overlapping periods merged, a day at a time, from the day before the instant's local date to
/// the search horizon (see ``WorkCalendar/forEachPeriod(endingAfter:through:_:)``).
struct PeriodWalk {
    /// Periods that end at or before it are left out.
    let instant: Instant
    private let horizon: Int
    /// The next day to visit.
    private var day: Int
    /// The period being merged with those that overlap it, not yet given.
    private var pending: WorkCalendar.Period?

    init(_ calendar: WorkCalendar, endingAfter instant: Instant, through lastDay: Int?) {
        self.instant = instant
        let firstDay = calendar.clock.day(at: instant) - 1
        horizon = max(calendar.searchHorizon(from: firstDay), min(lastDay ?? firstDay, firstDay + WorkCalendar.maxSearchDays))
        day = firstDay
    }

    /// Visits the next day, handing `emit` each period it finishes (after the horizon, the last
    /// one); `false`, handing nothing, once the walk is over.
    mutating func step(_ calendar: WorkCalendar, _ emit: (WorkCalendar.Period) -> Void) -> Bool {
        guard day <= horizon else {
            guard let last = pending else { return false }
            pending = nil
            emit(last)
            return true
        }
        calendar.forEachPeriod(startingOn: day) { period in
            guard period.interval.end > instant else { return }
            if var merged = pending, period.interval.start <= merged.interval.end {
                merged.interval.end = max(merged.interval.end, period.interval.end)
                pending = merged
                return
            }
            if let finished = pending { emit(finished) }
            pending = period
        }
        day += 1
        return true
    }
}

/// The periods a ``PeriodWalk`` from one instant has found, kept while a recipient's decision
/// is made (in its ``RecipientScratch``): its state, next available instant and deadline all
/// search from `sent_at`, and each search after the first reads the periods found instead of
/// visiting the days again.
struct PeriodMemo {
    /// The instant the kept walk starts from; searches from other instants walk afresh.
    let instant: Instant
    private var walk: PeriodWalk?
    private let periods: UnsafeMutableBufferPointer<WorkCalendar.Period>
    private var count = 0
    /// Whether the walk found more periods than the buffer holds: the periods after ``count``
    /// are then not kept.
    private var isFull = false

    /// The most periods kept: more than the searches of almost every decision read.
    static let capacity = 16

    /// An empty memo for searches from `instant`, keeping up to `periods.count` periods in `periods`.
    init(from instant: Instant, periods: UnsafeMutableBufferPointer<WorkCalendar.Period>) {
        self.instant = instant
        self.periods = periods
    }

    /// Calls `body` with each period of the walk from ``instant`` of `calendar`, in order, until
    /// it returns `false` or the walk ends, walking further only where no earlier search did.
    /// - Returns: `-1` when done; otherwise the number of periods given before the buffer ran
    ///   out, which the caller skips in a walk of its own.
    static func forEachPeriod(
        in memo: UnsafeMutablePointer<PeriodMemo>, of calendar: WorkCalendar, _ body: (WorkCalendar.Period) -> Bool
    ) -> Int {
        var index = 0
        while true {
            // The buffer is read afresh each time: `body` may search from the same instant too.
            if index < memo.pointee.count {
                guard body(memo.pointee.periods[index]) else { return -1 }
                index += 1
                continue
            }
            if memo.pointee.isFull { return index }
            guard memo.pointee.stepWalk(calendar) else { return -1 }
        }
    }

    /// Walks one more day, keeping the periods it finishes; `false` when the walk is over.
    private mutating func stepWalk(_ calendar: WorkCalendar) -> Bool {
        var walk = self.walk ?? PeriodWalk(calendar, endingAfter: instant, through: nil)
        let periods = self.periods
        var count = self.count
        var isFull = false
        let going = walk.step(calendar) { period in
            guard count < periods.count else { return isFull = true }
            periods[count] = period
            count += 1
        }
        self.walk = walk
        self.count = count
        self.isFull = isFull
        return going
    }
}

/// The memory one recipient's decision works in, one allocation freed when the decision is
/// made: a ``PeriodMemo`` and its periods, and an ``InstantMemo`` each for reply deadlines and
/// escalations.
struct RecipientScratch {
    let periods: UnsafeMutablePointer<PeriodMemo>
    let deadlines: InstantMemo
    let escalations: InstantMemo
    private let memory: UnsafeMutableRawPointer

    /// Scratch for a decision whose searches start at `instant`, with memos for `durationCount` durations.
    init(from instant: Instant, durationCount: Int) {
        func aligned<T>(_ offset: Int, for _: T.Type) -> Int {
            let alignment = MemoryLayout<T>.alignment
            return (offset + alignment - 1) / alignment * alignment
        }
        let periodsOffset = aligned(MemoryLayout<PeriodMemo>.stride, for: WorkCalendar.Period.self)
        let slotsOffset = aligned(periodsOffset + PeriodMemo.capacity * MemoryLayout<WorkCalendar.Period>.stride, for: Int.self)
        memory = UnsafeMutableRawPointer.allocate(
            byteCount: slotsOffset + 2 * durationCount * MemoryLayout<Int>.stride,
            alignment: max(MemoryLayout<PeriodMemo>.alignment, MemoryLayout<WorkCalendar.Period>.alignment, MemoryLayout<Int>.alignment))
        let buffer = UnsafeMutableBufferPointer(
            start: (memory + periodsOffset).bindMemory(to: WorkCalendar.Period.self, capacity: PeriodMemo.capacity),
            count: PeriodMemo.capacity)
        periods = memory.bindMemory(to: PeriodMemo.self, capacity: 1)
        periods.initialize(to: PeriodMemo(from: instant, periods: buffer))
        let slots = (memory + slotsOffset).bindMemory(to: Int.self, capacity: 2 * durationCount)
        slots.initialize(repeating: InstantMemo.unknown, count: 2 * durationCount)
        deadlines = InstantMemo(slots: UnsafeMutableBufferPointer(start: slots, count: durationCount))
        escalations = InstantMemo(slots: UnsafeMutableBufferPointer(start: slots + durationCount, count: durationCount))
    }

    /// Frees the memory; the memos must not be used after.
    func free() {
        periods.deinitialize(count: 1)
        memory.deallocate()
    }
}
