import NormsSource
import NormsYAML

/// Checks that every name a policy uses is defined: channels, levels, kinds, people, teams and
/// roles, and that person and team ids do not clash.
///
/// Runs on the composed model, whose values keep their spans, so each problem points at the name
/// that is used, in whichever file uses it.
struct ReferenceValidator {
    let policy: Policy
    let log: DiagnosticLog
    /// The policy's files in load order, to tell which of two definitions comes second.
    let fileOrder: [String]

    private var channelIDs: [String] { policy.channels.map(\.id.value) }
    private var personIDs: [String] { policy.people.map(\.id.value) }
    private var teamIDs: [String] { policy.teams.map(\.id.value) }
    private var levelNames: [String] { policy.levels.map(\.value) }

    func validate() {
        checkPersonTeamClashes()
        for channel in policy.channels { check(channel) }
        for team in policy.teams { check(team) }
        for person in policy.people { check(person) }
        let rules = RuleReferenceValidator(validator: self, roles: policy.roles.sorted())
        for rule in policy.rules { rules.check(rule) }
    }

    // MARK: - Entries

    private func checkPersonTeamClashes() {
        for person in policy.people {
            guard let team = policy.team(person.id.value) else { continue }
            let (first, second) = isBefore(team.id.span, person.id.span) ? (team.id, person.id) : (person.id, team.id)
            let firstKind = first.span == team.id.span ? "team" : "person"
            log.error(.personTeamClash, "\(quoted: person.id.value) is both a person and a team", at: second.span,
                      help: "person and team ids share one namespace: rename one of them",
                      notes: [.init("the \(firstKind) \(quoted: first.value) is defined here", at: first.span)])
        }
    }

    private func check(_ channel: Channel) {
        let place = "channels.\(channel.id.value)"
        if let level = channel.minLevel { expect(level, in: levelNames, .unknownLevel, "level", at: "\(place).min_level") }
        if let suggest = channel.suggest { expect(suggest, in: channelIDs, .unknownChannel, "channel", at: "\(place).suggest") }
    }

    private func check(_ team: Team) {
        let place = "teams.\(team.id.value)"
        for member in team.members { expect(member, in: personIDs, .unknownPerson, "person", at: "\(place).members") }
        if let backup = team.backup { expect(backup, in: personIDs, .unknownPerson, "person", at: "\(place).backup") }
        for override in team.channels {
            expect(override.channel, in: channelIDs, .unknownChannel, "channel", at: "\(place).channels")
        }
    }

    private func check(_ person: Person) {
        let place = "people.\(person.id.value)"
        for team in person.teams { expect(team, in: teamIDs, .unknownTeam, "team", at: "\(place).team") }
        guard let backup = person.backup else { return }
        if backup.value == person.id.value {
            log.error(.selfBackup, "\(quoted: person.id.value) is named as their own backup", at: backup.span,
                      help: "name another person, or remove 'backup' to use the home team's")
        } else {
            expect(backup, in: personIDs, .unknownPerson, "person", at: "\(place).backup")
        }
    }

    // MARK: - Helpers

    /// Reports `name` unless it is one of `candidates`, with the closest candidate as help.
    /// - Parameter extraHelp: help to give when no candidate is close.
    func expect(
        _ name: Located<String>, in candidates: [String], _ code: PolicyDiagnosticCode, _ what: String,
        at place: @autoclosure () -> String, extraHelp: String? = nil
    ) {
        guard !candidates.contains(name.value) else { return }
        report(name, candidates: candidates, code, what, at: place(), extraHelp: extraHelp)
    }

    /// Reports `name` unless it is one of `names`; the same as the list form, with a hashed lookup.
    func expect(
        _ name: Located<String>, in names: NameSet, _ code: PolicyDiagnosticCode, _ what: String,
        at place: @autoclosure () -> String, extraHelp: @autoclosure () -> String? = nil
    ) {
        guard !names.contains(name.value) else { return }
        report(name, candidates: names.list, code, what, at: place(), extraHelp: extraHelp())
    }

    private func report(
        _ name: Located<String>, candidates: [String], _ code: PolicyDiagnosticCode, _ what: String, at place: String,
        extraHelp: String?
    ) {
        let suggestion = Suggestions.closest(to: name.value, in: candidates)
        let help = suggestion.map { "did you mean \(quoted: $0)?" } ?? extraHelp ?? Self.listHelp(what, candidates)
        log.error(code, "unknown \(what) \(quoted: name.value) in \(quoted: place)", at: name.span, help: help, replacement: suggestion)
    }

    private static func listHelp(_ what: String, _ candidates: [String]) -> String {
        guard !candidates.isEmpty else { return "the policy defines no \(what) to name here" }
        guard candidates.count <= 12 else { return "name one defined in the policy" }
        return "name one of " + candidates.map { "\(quoted: $0)" }.joined(separator: ", ")
    }

    /// Whether `lhs` comes before `rhs` in policy order: by file in load order, then position.
    private func isBefore(_ lhs: SourceSpan, _ rhs: SourceSpan) -> Bool {
        let left = fileOrder.firstIndex(of: lhs.file) ?? Int.max
        let right = fileOrder.firstIndex(of: rhs.file) ?? Int.max
        return (left, lhs.start.line, lhs.start.column) < (right, rhs.start.line, rhs.start.column)
    }
}

/// Names that may be used somewhere, in the order messages list them, with a set to look them up.
struct NameSet {
    /// The names in policy order; may repeat a name.
    let list: [String]
    private let set: Set<String>

    init(_ list: [String]) {
        self.list = list
        self.set = Set(list)
    }

    func contains(_ name: String) -> Bool { set.contains(name) }
}
