import NormsSource

/// A set of weekdays: `mon`, a range `mon-fri` (wrapping allowed: `fri-mon`), a comma list
/// `mon,wed,fri` (whose items may be ranges), or the words `weekdays`, `weekends`, `daily`.
public struct DaySet: Sendable, Hashable, CustomStringConvertible {
    private var bits: UInt8

    /// The set holding exactly these days.
    public init(_ days: some Sequence<Weekday>) {
        bits = days.reduce(0) { $0 | (1 << UInt8($1.rawValue)) }
    }

    public static let everyDay = DaySet(Weekday.allCases)
    public static let weekdays = DaySet([.monday, .tuesday, .wednesday, .thursday, .friday])
    public static let weekends = DaySet([.saturday, .sunday])

    /// Whether the set holds `day`.
    public func contains(_ day: Weekday) -> Bool { bits & (1 << UInt8(day.rawValue)) != 0 }

    /// The days in the set, Monday first.
    public var days: [Weekday] { Weekday.allCases.filter(contains) }

    public var isEmpty: Bool { bits == 0 }

    /// Parses the day-set grammar.
    /// - Throws: ``GrammarError`` naming the accepted forms and the closest day name.
    public static func parse(_ text: String) throws(GrammarError) -> DaySet {
        let trimmed = text.trimmingWhitespace().lowercased()
        switch trimmed {
        case "weekdays": return .weekdays
        case "weekends": return .weekends
        case "daily": return .everyDay
        default: break
        }
        var days: [Weekday] = []
        for item in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = item.split(separator: "-", omittingEmptySubsequences: false)
            guard bounds.count <= 2 else { throw .daySet(text, detail: "\(quoted: item) has more than one '-'") }
            let first = try day(String(bounds[0]), in: text)
            let last = bounds.count == 2 ? try day(String(bounds[1]), in: text) : first
            var current = first
            days.append(current)
            while current != last {
                current = current.next
                days.append(current)
            }
        }
        return DaySet(days)
    }

    private static func day(_ name: String, in text: String) throws(GrammarError) -> Weekday {
        let trimmed = name.trimmingWhitespace()
        if let day = Weekday(name: trimmed) { return day }
        let known = Weekday.allCases.map(\.abbreviation) + Weekday.allCases.map(\.fullName) + ["weekdays", "weekends", "daily"]
        throw .daySet(text, detail: trimmed.isEmpty ? "a day name is missing" : "\(quoted: trimmed) is not a day",
                      suggestion: Suggestions.closest(to: trimmed, in: known))
    }

    /// The shortest canonical spelling: `daily`, `weekdays`, `mon-fri`, `mon,wed,fri`, `sat-mon`.
    public var description: String {
        if self == .everyDay { return "daily" }
        if self == .weekdays { return "weekdays" }
        if self == .weekends { return "weekends" }
        return runs().map { $0.count == 1 ? $0[0].abbreviation : "\($0.first!.abbreviation)-\($0.last!.abbreviation)" }
            .joined(separator: ",")
    }

    /// Maximal runs of consecutive days, a run wrapping from Sunday to Monday when it can.
    private func runs() -> [[Weekday]] {
        guard !isEmpty else { return [] }
        // Start at a day whose predecessor is not in the set, so wrapping runs stay whole.
        let start = Weekday.allCases.first { contains($0) && !contains(Weekday(rawValue: ($0.rawValue + 6) % 7)!) } ?? .monday
        var result: [[Weekday]] = []
        var day = start
        for _ in 0..<7 {
            if contains(day) {
                if let last = result.last?.last, last.next == day { result[result.count - 1].append(day) } else { result.append([day]) }
            }
            day = day.next
        }
        return result
    }
}
