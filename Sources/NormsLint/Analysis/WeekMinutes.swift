import NormsPolicy

/// A set of the minutes of a week, Monday 00:00 first, for comparing schedules and focus blocks.
///
/// Periods are placed by their nominal wall-clock times, ignoring clock changes; a period that
/// runs past Sunday midnight continues on Monday.
struct WeekMinutes: Equatable {
    /// Minutes in a week.
    static let count = 7 * 1440

    private var words: [UInt64]

    init() {
        words = Array(repeating: 0, count: (Self.count + 63) / 64)
    }

    /// The minutes of every period of a schedule.
    init(_ schedule: WeeklySchedule) {
        self.init()
        for entry in schedule.entries {
            for range in entry.ranges { insert(days: entry.days.value, hours: range.value) }
        }
    }

    /// The minutes of recurring blocks.
    init(_ blocks: [RecurringBlock]) {
        self.init()
        for block in blocks { insert(days: block.days, hours: block.hours) }
    }

    /// Adds a range on each of some days.
    mutating func insert(days: DaySet, hours: HourRange) {
        for day in days.days {
            insert(minutes: hours.nominalMinutes, from: day.rawValue * 1440 + hours.start.minutes)
        }
    }

    /// Adds `count` minutes from `start` on, past Sunday midnight on into Monday: a word of 64
    /// minutes at a time.
    private mutating func insert(minutes count: Int, from start: Int) {
        var minute = start % Self.count
        var left = min(count, Self.count)
        while left > 0 {
            let bit = minute % 64
            let taken = min(64 - bit, left, Self.count - minute)
            let run: UInt64 = taken == 64 ? ~0 : (1 << UInt64(taken)) - 1
            words[minute / 64] |= run << UInt64(bit)
            left -= taken
            minute = (minute + taken) % Self.count
        }
    }

    mutating func insert(_ minute: Int) {
        words[minute / 64] |= 1 << UInt64(minute % 64)
    }

    func contains(_ minute: Int) -> Bool {
        words[minute / 64] & (1 << UInt64(minute % 64)) != 0
    }

    var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    /// The number of minutes in the set.
    var minuteCount: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    func subtracting(_ other: WeekMinutes) -> WeekMinutes {
        var result = self
        for index in words.indices { result.words[index] &= ~other.words[index] }
        return result
    }

    func intersection(_ other: WeekMinutes) -> WeekMinutes {
        var result = self
        for index in words.indices { result.words[index] &= other.words[index] }
        return result
    }

    func isSubset(of other: WeekMinutes) -> Bool { subtracting(other).isEmpty }
}
