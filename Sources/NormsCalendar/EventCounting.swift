import Foundation

/// How a person's or team's calendar events count: which mean `away`, which mean `focus`.
package struct EventCounting: Sendable, Hashable {
    /// Patterns of one state: a category or a summary matches when it equals a pattern, ignoring
    /// case and surrounding spaces; `*` in a pattern stands for any text.
    package struct Patterns: Sendable, Hashable {
        package var categories: [String]
        package var summaries: [String]

        package init(categories: [String] = [], summaries: [String] = []) {
            self.categories = categories
            self.summaries = summaries
        }
    }

    /// `X-MICROSOFT-CDO-BUSYSTATUS:OOF` means away.
    package var outOfOfficeIsAway: Bool
    /// An all-day event that blocks time means away.
    package var allDayIsAway: Bool
    package var away: Patterns
    package var focus: Patterns
    /// The owner's addresses: an event they declined does not count.
    package var ownerAddresses: [String]

    package init(outOfOfficeIsAway: Bool = true, allDayIsAway: Bool = true, away: Patterns = Patterns(),
                 focus: Patterns = EventCounting.defaultFocus, ownerAddresses: [String] = []) {
        self.outOfOfficeIsAway = outOfOfficeIsAway
        self.allDayIsAway = allDayIsAway
        self.away = away
        self.focus = focus
        self.ownerAddresses = ownerAddresses.map { $0.lowercased() }
    }

    /// Focus blocks by default: a summary or a category that is "Focus time" or "Focus".
    package static let defaultFocus = Patterns(categories: ["Focus time", "Focus"], summaries: ["Focus time", "Focus"])

    /// How an instance counts, and why.
    package enum Meaning: Sendable, Hashable {
        case away(reason: String)
        case focus(reason: String)
        /// It blocks no state: an ordinary meeting.
        case none
        /// Cancelled, transparent or declined.
        case ignored(reason: String)

        /// `away`, `focus`, `none` or `ignored`.
        package var name: String {
            switch self {
            case .away: "away"
            case .focus: "focus"
            case .none: "none"
            case .ignored: "ignored"
            }
        }

        package var reason: String? {
            switch self {
            case .away(let reason), .focus(let reason), .ignored(let reason): reason
            case .none: nil
            }
        }
    }

    /// Cancelled, transparent and declined events count as nothing; then, in order: an
    /// out-of-office status, an away pattern, a focus pattern, an all-day event.
    package func meaning(of instance: CalendarInstance) -> Meaning {
        if instance.isCancelled { return .ignored(reason: "cancelled") }
        if let declined = instance.declinedBy.first(where: ownerAddresses.contains) {
            return .ignored(reason: "declined by \(declined)")
        }
        if outOfOfficeIsAway, instance.busyStatus == "OOF" { return .away(reason: "X-MICROSOFT-CDO-BUSYSTATUS:OOF") }
        if instance.isTransparent { return .ignored(reason: "transparent") }
        if let reason = Self.match(away, instance) { return .away(reason: reason) }
        if let reason = Self.match(focus, instance) { return .focus(reason: reason) }
        if allDayIsAway, instance.isAllDay { return .away(reason: "an all-day event") }
        return .none
    }

    /// Which pattern an instance matches, as a reason ("category 'Focus'"), or `nil`.
    static func match(_ patterns: Patterns, _ instance: CalendarInstance) -> String? {
        for pattern in patterns.categories {
            if instance.categories.contains(where: { Glob.matches(pattern, $0) }) { return "category '\(pattern)'" }
        }
        for pattern in patterns.summaries where Glob.matches(pattern, instance.summary) {
            return "summary '\(pattern)'"
        }
        return nil
    }

    /// Whether some instance matches the summary or category pattern.
    package static func anyMatches(pattern: String, asCategory: Bool, in instances: [CalendarInstance]) -> Bool {
        instances.contains { instance in
            asCategory ? instance.categories.contains { Glob.matches(pattern, $0) } : Glob.matches(pattern, instance.summary)
        }
    }
}

/// Case-insensitive matching of a text against a pattern where `*` stands for any text.
enum Glob {
    static func matches(_ pattern: String, _ text: String) -> Bool {
        let pattern = Array(pattern.trimmingCharacters(in: .whitespaces).lowercased())
        let text = Array(text.trimmingCharacters(in: .whitespaces).lowercased())
        var p = 0, t = 0
        var star: Int?, resume = 0
        // The classic greedy matcher with one backtracking point: linear in practice, at worst
        // the product of the two lengths (both bounded by the file size).
        while t < text.count {
            if p < pattern.count, pattern[p] != "*", pattern[p] == text[t] {
                p += 1
                t += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p
                resume = t
                p += 1
            } else if let starAt = star {
                p = starAt + 1
                resume += 1
                t = resume
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
