import NormsPolicy

/// How the charter says policy values in words: durations, days, schedules, states and levels.
///
/// The phrases are plain English and keep the policy's own spelling visible where a reader may
/// want to find it in the file (ids and times).
enum CharterPhrases {
    // MARK: - Durations

    /// "within 1 business day", "immediately (within 15 minutes of being notified)", "no reply expected".
    static func reply(_ duration: PolicyDuration, immediateWindow: Int) -> String {
        switch duration {
        case .immediate: "immediately (within \(minutes(immediateWindow)) of being notified)"
        case .none: "no reply expected"
        default: "within \(amount(duration))"
        }
    }

    /// "15 minutes", "4 business hours", "1 day", "the immediate window".
    static func amount(_ duration: PolicyDuration) -> String {
        switch duration {
        case .immediate: "the immediate window"
        case .none: "no time"
        case .wallClock(let count): minutes(count)
        case .businessHours(let count): count == 1 ? "1 business hour" : "\(count) business hours"
        case .businessDays(let count): count == 1 ? "1 business day" : "\(count) business days"
        }
    }

    /// Elapsed time in the largest whole unit, counting in hours up to two days: "90 minutes",
    /// "4 hours", "24 hours", "2 days".
    static func minutes(_ count: Int) -> String {
        func unit(_ value: Int, _ name: String) -> String { value == 1 ? "1 \(name)" : "\(value) \(name)s" }
        if count >= 2880 && count % 1440 == 0 { return unit(count / 1440, "day") }
        if count > 0 && count % 60 == 0 { return unit(count / 60, "hour") }
        return unit(count, "minute")
    }

    // MARK: - Days and hours

    /// "Mon–Fri", "every day", "Sat–Sun", "Mon, Wed, Fri", "Fri–Mon".
    static func days(_ set: DaySet) -> String {
        switch set {
        case .everyDay: return "every day"
        case .weekdays: return "Mon–Fri"
        case .weekends: return "Sat–Sun"
        default: break
        }
        return set.description.split(separator: ",").map { run in
            run.split(separator: "-").map { capitalized(String($0)) }.joined(separator: "–")
        }.joined(separator: ", ")
    }

    /// "09:00–17:00", or "22:00–06:00 (overnight)".
    static func hours(_ range: HourRange) -> String {
        "\(range.start)–\(range.end)" + (range.isOvernight ? " (overnight)" : "")
    }

    /// "Mon–Fri 09:00–17:00; Sat 10:00–14:00", or "no working hours".
    static func schedule(_ schedule: WeeklySchedule) -> String {
        let parts = schedule.entries.filter { !$0.ranges.isEmpty }.map { entry in
            days(entry.days.value) + " " + entry.ranges.map { hours($0.value) }.joined(separator: ", ")
        }
        return parts.isEmpty ? "no working hours" : parts.joined(separator: "; ")
    }

    /// "Mon–Fri 09:00–12:00".
    static func block(_ block: RecurringBlock) -> String {
        days(block.days) + " " + hours(block.hours)
    }

    /// "2026-12-24 to 2027-01-01" or "2026-05-01", with the weekday of a single date.
    static func dates(_ range: DateRange) -> String {
        if range.first == range.last { return "\(weekday(range.first)) \(range.first)" }
        return "\(weekday(range.first)) \(range.first) to \(weekday(range.last)) \(range.last)"
    }

    private static func weekday(_ date: LocalDate) -> String { capitalized(date.weekday.abbreviation) }

    private static func capitalized(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

    // MARK: - States and levels

    /// "after hours", "in focus time", "on holiday", "away", "available".
    static func state(_ state: RecipientState) -> String {
        switch state {
        case .away: "away"
        case .holiday: "on holiday"
        case .afterHours: "after hours"
        case .focus: "in focus time"
        case .available: "available"
        }
    }

    /// States in the order written, each once, joined with "or"; "in any state" when all are named.
    static func states(_ states: [RecipientState]) -> String {
        var unique: [RecipientState] = []
        for state in states where !unique.contains(state) { unique.append(state) }
        if unique.count == RecipientState.allCases.count { return "in any state" }
        return list(unique.map(state), conjunction: "or")
    }

    /// "at level urgent", "at level high or above", "below urgent".
    static func level(_ condition: LevelCondition) -> String {
        switch condition {
        case .anyOf(let names): "at level " + list(names, conjunction: "or")
        case .compare(.atLeast, let name): "at level \(name) or above"
        case .compare(.above, let name): "above level \(name)"
        case .compare(.atMost, let name): "at level \(name) or below"
        case .compare(.below, let name): "below level \(name)"
        case .compare(.equal, let name): "at level \(name)"
        case .compare(.notEqual, let name): "not at level \(name)"
        }
    }

    // MARK: - Lists

    /// "a", "a or b", "a, b or c".
    static func list(_ items: [String], conjunction: String) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
        }
    }
}
