import NormsSource
import NormsYAML

/// Reads one entry of `teams`.
struct TeamReader {
    let reader: NodeReader

    static let keys = ["name", "description", "members", "timezone", "working_hours", "focus", "channels", "backup", "calendar"]
    static let overrideKeys = ["reply_within", "interrupts"]

    /// Reads a team; a team that cannot be read as a mapping is returned without settings.
    func team(id: Located<String>, field: Field) -> Team {
        guard let map = reader.map(field, known: Self.keys, expected: "a mapping of team settings") else {
            return Team(id: id)
        }
        let schedules = ScheduleReader(reader: reader)
        var result = Team(
            id: id,
            name: map["name"].flatMap { reader.text($0) },
            members: map["members"].flatMap { reader.strings($0, expected: "a person id") } ?? [],
            timezone: map["timezone"].flatMap(reader.timezone),
            workingHours: map["working_hours"].flatMap(schedules.schedule),
            focus: map["focus"].flatMap(schedules.focus),
            channels: map["channels"].flatMap(overrides) ?? [],
            backup: map["backup"].flatMap { reader.string($0, expected: "a person id") },
            description: map.optional("description").flatMap { reader.text($0) }
        )
        result.calendar = map["calendar"].flatMap(CalendarSettingsReader(reader: reader).settings)
        return result
    }

    /// Reads `channels: {CHANNEL: {reply_within, interrupts}}`.
    private func overrides(_ field: Field) -> [ChannelOverride]? {
        guard let entries = reader.idEntries(field, expected: "a mapping from channel ids to settings") else { return nil }
        return entries.compactMap { entry in
            guard let map = reader.map(entry.value, known: Self.overrideKeys, expected: "a mapping of channel settings") else {
                return nil
            }
            return ChannelOverride(
                channel: entry.id,
                replyWithin: map["reply_within"].flatMap { reader.duration($0) },
                interrupts: map["interrupts"].flatMap(reader.bool)
            )
        }
    }
}
