import NormsPolicy

/// Inclusive ranges of day numbers, sorted and merged, so that a day is looked up by binary
/// search: a policy's holidays and a person's away dates, however many calendars add.
struct DayRanges: Sendable {
    private let ranges: [ClosedRange<Int>]

    init(_ dates: [DateRange]) {
        var merged: [ClosedRange<Int>] = []
        for range in dates.filter({ !$0.isReversed }).map({ $0.first.daysSinceEpoch...$0.last.daysSinceEpoch })
            .sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound + 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        ranges = merged
    }

    /// Whether some range holds `day`.
    func contains(_ day: Int) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound < day { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].lowerBound <= day
    }

    /// The last day of the last range.
    var lastDay: Int? { ranges.last?.upperBound }
}
