import NormsPolicy
import NormsSource

extension CharterBuilder {
    // MARK: - Working hours

    /// Teams and people with the zone, hours and backup the engine uses for them, each marked
    /// with where it comes from when it is inherited.
    func workingHours(_ context: Context) -> [CharterBlock] {
        let policy = context.policy
        var blocks: [CharterBlock] = [
            .heading(level: 2, text: "Working hours and time zones", anchor: "working-hours"),
            .paragraph([.text("Times are local to each person. A setting a person does not give comes from their "
                              + "home team (the first team they belong to), then from the policy. A period such as "
                              + "22:00–06:00 runs overnight and belongs to the day it starts on.")]),
        ]
        if !policy.teams.isEmpty {
            let rows: [[[CharterInline]]] = policy.teams.map { team in
                let members = policy.people.map(\.id.value).filter { policy.teams(of: $0).contains(team.id.value) }
                let settings = ResolvedSettings(team: team, in: policy)
                return [
                    [.code(team.id.value)] + (team.name.map { [.text(" — \($0)")] } ?? []),
                    members.isEmpty ? [.text("—")] : context.phrases.codes(members, conjunction: "and"),
                    marked([.code(settings.timezone.value)], settings.timezone.origin),
                    marked([.text(CharterPhrases.schedule(settings.workingHours.value))], settings.workingHours.origin),
                    settings.backup.map { marked([.code($0.value.value)], $0.origin) } ?? [.text("—")],
                ]
            }
            blocks.append(.heading(level: 3, text: "Teams", anchor: "teams"))
            blocks.append(.table(header: ["Team", "Members", "Time zone", "Working hours", "Backup"], rows: rows))
            let described = policy.teams.filter { $0.description != nil }
            if !described.isEmpty {
                blocks.append(.list(described.map { [.code($0.id.value), .text(": " + ($0.description ?? ""))] }))
            }
        }
        if !policy.people.isEmpty {
            blocks.append(.heading(level: 3, text: "People", anchor: "people"))
            blocks.append(.table(header: ["Person", "Team", "Time zone", "Working hours", "Backup", "Roles"],
                                 rows: policy.people.map { personRow($0, context: context) }))
        }
        return blocks
    }

    private func personRow(_ person: Person, context: Context) -> [[CharterInline]] {
        let settings = ResolvedSettings(person: person, in: context.policy)
        var name: [CharterInline] = [.code(person.id.value)]
        if let full = person.name { name.append(.text(" — \(full)")) }
        if let description = person.description { name.append(.text(" (\(description))")) }
        return [
            name,
            settings.teams.isEmpty ? [.text("—")] : context.phrases.codes(settings.teams, conjunction: "and"),
            marked([.code(settings.timezone.value)], settings.timezone.origin),
            marked([.text(CharterPhrases.schedule(settings.workingHours.value))], settings.workingHours.origin),
            settings.backup.map { marked([.code($0.value.value)], $0.origin) } ?? [.text("—")],
            person.roles.isEmpty ? [.text("—")] : context.phrases.codes(person.roles.map(\.value), conjunction: "and"),
        ]
    }

    /// A resolved value, marked with where it comes from ("(team)", "(policy)") when that is not
    /// the entry itself.
    private func marked(_ runs: [CharterInline], _ origin: SettingOrigin) -> [CharterInline] {
        switch origin {
        case .own: runs
        case .homeTeam: runs + [.emphasis(" (team)")]
        case .policy: runs + [.emphasis(" (policy)")]
        }
    }

    // MARK: - Focus

    /// Focus blocks by team and by person, and the rules that may interrupt them.
    func focus(_ context: Context) -> [CharterBlock] {
        let policy = context.policy
        var items: [[CharterInline]] = []
        for team in policy.teams {
            guard let blocks = team.focus, !blocks.isEmpty else { continue }
            items.append([.text("Team "), .code(team.id.value), .text(": " + focusText(blocks) + " (members without their own focus blocks)")])
        }
        for person in policy.people {
            guard let blocks = person.focus else { continue }
            items.append([.code(person.id.value), .text(": " + (blocks.isEmpty ? "no focus blocks" : focusText(blocks)))])
        }
        guard !items.isEmpty else { return [] }
        let breaking = policy.rules.filter { rule in
            rule.then.interrupt?.value == true || rule.then.breaksThrough?.contains { $0.value == .focus } == true
        }
        var closing: [CharterInline] = [.text("Focus time counts as working time for reply deadlines, but nothing notifies a person in focus time")]
        if breaking.isEmpty {
            closing.append(.text("."))
        } else {
            closing += [.text(" except messages matched by ")] + context.phrases.codes(breaking.map(\.id.value), conjunction: "or")
                + [.text(" (see Urgent exceptions).")]
        }
        return [
            .heading(level: 2, text: "Focus time", anchor: "focus"),
            .list(items),
            .paragraph(closing),
        ]
    }

    private func focusText(_ blocks: [Located<RecurringBlock>]) -> String {
        blocks.map { CharterPhrases.block($0.value) }.joined(separator: "; ")
    }

    // MARK: - Holidays and time off

    /// The policy's holidays and each person's away dates.
    func daysOff(_ context: Context) -> [CharterBlock] {
        let policy = context.policy
        var blocks: [CharterBlock] = [.heading(level: 2, text: "Holidays and time off", anchor: "holidays")]
        if policy.holidays.isEmpty {
            blocks.append(.paragraph([.text("The policy names no holidays.")]))
        } else {
            blocks.append(.paragraph([.text("Nobody in this policy works on these days. Each applies on that date in the "
                                             + "recipient's own time zone.")]))
            blocks.append(.table(header: ["Dates", "Holiday"], rows: policy.holidays.map { holiday in
                [[.text(CharterPhrases.dates(holiday.dates.value))], [.text(holiday.name ?? "—")]]
            }))
        }
        let away = policy.people.filter { !$0.away.isEmpty }
        if !away.isEmpty {
            blocks.append(.paragraph([.text("Planned absences:")]))
            blocks.append(.list(away.map { person in
                [.code(person.id.value), .text(": " + person.away.map { CharterPhrases.dates($0.value) }.joined(separator: "; "))]
            }))
        }
        return blocks + availabilitySources(context)
    }
}
