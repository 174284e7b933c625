import NormsSource
import NormsYAML

/// Builds a ``Policy`` from a composed YAML tree: the top-level keys, then each section through
/// its own reader, reporting every problem and skipping only the values that cannot be used.
struct PolicyReader {
    let reader: NodeReader

    /// Every top-level key of the format.
    static let topLevelKeys = [
        "norms", "name", "description", "extends", "timezone", "working_hours", "holidays", "holiday_calendars", "levels",
        "default_level", "immediate_window", "kinds", "channels", "teams", "people", "rules", "lint",
    ]

    private var log: DiagnosticLog { reader.log }

    /// Reads the policy; the caller validates references afterwards.
    /// - Parameter tree: the merged top-level mapping and the composed rule list; each rule's
    ///   YAML is let go once the rule is read, so a large policy never holds its whole tree and
    ///   its whole model at once.
    func read(_ tree: inout ComposedTree) -> Policy {
        let rootField = Field(node: tree.root, path: "")
        let root = reader.map(rootField, known: Self.topLevelKeys, required: ["timezone", "channels"], missingHelp: [
            "timezone": "add 'timezone: Europe/Berlin' (an IANA time zone id) here or in a base policy",
            "channels": "add 'channels:' with at least one channel, such as 'email: {mode: async, reply_within: 1 business day}'",
        ], expected: "a mapping of policy keys")
        let schedules = ScheduleReader(reader: reader)
        let settings = SettingsReader(reader: reader)
        let levels = settings.levels(root?["levels"])
        let kinds = root?["kinds"].flatMap(settings.kinds)
        let vocabulary = Vocabulary(levels: levels.map(\.value))
        var policy = Policy(
            unchecked: 1,
            name: name(root?["name"]),
            description: root?.optional("description").flatMap { reader.text($0) },
            files: tree.files,
            timezone: root?["timezone"].flatMap(reader.timezone) ?? Located("UTC", at: .synthetic("missing timezone")),
            workingHours: root?["working_hours"].flatMap(schedules.schedule) ?? .standard,
            holidays: root?.optional("holidays").flatMap(schedules.holidays) ?? [],
            levels: levels,
            defaultLevel: settings.defaultLevel(root?["default_level"], levels: levels, levelsField: root?["levels"]),
            immediateWindow: root?["immediate_window"].flatMap(reader.minutes) ?? Located(15, at: .synthetic("default immediate_window")),
            kinds: kinds,
            channels: channels(root?["channels"]),
            lint: root?.optional("lint").flatMap(settings.lint) ?? LintSettings()
        )
        policy.holidayCalendars = root?.optional("holiday_calendars").flatMap { reader.strings($0, expected: "a calendar file") } ?? []
        policy.teams = root?.optional("teams").flatMap(teams) ?? []
        policy.people = root?.optional("people").flatMap(people) ?? []
        let ruleReader = RuleReader(reader: reader, vocabulary: vocabulary)
        policy.rules = ruleReader.rules(releasing: &tree.rules)
        _ = ruleReader.rules(releasing: &tree.duplicateRules)
        return policy
    }

    // MARK: - Sections

    private func name(_ field: Field?) -> Located<String> {
        guard let field, let text = reader.text(field) else { return Located("", at: .synthetic("missing name")) }
        return Located(text, at: field.span)
    }

    private func channels(_ field: Field?) -> [Channel] {
        guard let field, let entries = reader.idEntries(field, expected: "a mapping of channels") else { return [] }
        if entries.isEmpty {
            log.error(.emptyChannels, "the policy defines no channel", at: field.span,
                      help: "add at least one channel, such as 'email: {mode: async, reply_within: 1 business day}'")
        }
        let channelReader = ChannelReader(reader: reader)
        return entries.map { channelReader.channel(id: $0.id, field: $0.value) }
    }

    private func teams(_ field: Field) -> [Team]? {
        let teamReader = TeamReader(reader: reader)
        return reader.idEntries(field, expected: "a mapping of teams")?.map { teamReader.team(id: $0.id, field: $0.value) }
    }

    private func people(_ field: Field) -> [Person]? {
        let personReader = PersonReader(reader: reader)
        return reader.idEntries(field, expected: "a mapping of people")?.map { personReader.person(id: $0.id, field: $0.value) }
    }
}
