import NormsPolicy
import NormsSource

extension CharterBuilder {
    /// Where each person's availability comes from, when the policy reads calendars: the YAML
    /// settings they have or inherit, and each calendar with what it gave.
    func availabilitySources(_ context: Context) -> [CharterBlock] {
        let policy = context.policy
        let usesCalendars = !policy.holidayCalendars.isEmpty || policy.people.contains { $0.calendar != nil }
            || policy.teams.contains { $0.calendar != nil }
        guard usesCalendars else { return [] }
        var items: [[CharterInline]] = []
        if !policy.holidayCalendarFiles.isEmpty {
            let feeds: [CharterInline] = policy.holidayCalendarFiles.flatMap { file -> [CharterInline] in
                [.text(", "), .code(file.reference.value), .text(" (\(Self.tally(file, focus: false)))")]
            }
            items.append([.text("Holidays: those listed above, from the policy and from ")] + feeds.dropFirst())
        }
        for person in policy.people {
            let settings = ResolvedSettings(person: person, in: policy)
            let home = settings.homeTeam
            var parts: [String] = []
            switch settings.focus?.origin {
            case .own?: parts.append("focus blocks of their own")
            case nil: parts.append("no weekly focus blocks")
            default: parts.append("the team's focus blocks")
            }
            if !person.away.isEmpty { parts.append("\(person.away.count) away date range\(person.away.count == 1 ? "" : "s") in the policy") }
            var line: [CharterInline] = [.code(person.id.value), .text(": " + parts.joined(separator: ", "))]
            let calendars = person.calendarAvailability.files.map { ($0, "") }
                + (home?.calendarAvailability.files.map { ($0, " (team)") } ?? [])
            for (file, origin) in calendars {
                line += [.text("; calendar "), .code(file.reference.value), .text("\(origin) (\(Self.tally(file, focus: true)))")]
            }
            if calendars.isEmpty { line.append(.text("; no calendar")) }
            items.append(line)
        }
        return [
            .paragraph([.text("Where availability comes from (calendars are read when the policy loads; recurring events within "
                              + "three years of that day):")]),
            .list(items),
        ]
    }

    /// "12 events: 2 away, 8 focus; last 2027-01-01" or "unreadable".
    private static func tally(_ file: CalendarFileSummary, focus: Bool) -> String {
        guard file.isReadable else { return "unreadable" }
        var text = "\(file.instanceCount) event\(file.instanceCount == 1 ? "" : "s")"
        if focus { text += ": \(file.awayCount) away, \(file.focusCount) focus" }
        if let last = file.lastDate { text += file.hasEndlessRecurrence ? "; repeating" : "; last \(last)" }
        return text
    }
}
