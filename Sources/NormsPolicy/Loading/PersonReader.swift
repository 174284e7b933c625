import NormsSource
import NormsYAML

/// Reads one entry of `people`.
struct PersonReader {
    let reader: NodeReader

    static let keys = [
        "name", "description", "email", "team", "timezone", "working_hours", "focus", "away", "backup", "roles", "calendar",
    ]

    /// Reads a person; a person that cannot be read as a mapping is returned without settings.
    func person(id: Located<String>, field: Field) -> Person {
        guard let map = reader.map(field, known: Self.keys, expected: "a mapping of person settings") else {
            return Person(id: id)
        }
        let schedules = ScheduleReader(reader: reader)
        var result = Person(
            id: id,
            name: map["name"].flatMap { reader.text($0) },
            teams: map["team"].flatMap { reader.strings($0, expected: "a team id") } ?? [],
            timezone: map["timezone"].flatMap(reader.timezone),
            workingHours: map["working_hours"].flatMap(schedules.schedule),
            focus: map["focus"].flatMap(schedules.focus),
            away: map["away"].flatMap(schedules.dateRanges) ?? [],
            backup: map["backup"].flatMap { reader.string($0, expected: "a person id") },
            roles: map["roles"].flatMap { reader.strings($0, expected: "a role name") } ?? [],
            description: map.optional("description").flatMap { reader.text($0) },
            email: map.optional("email").flatMap { reader.text($0) }
        )
        result.calendar = map["calendar"].flatMap(CalendarSettingsReader(reader: reader).settings)
        return result
    }
}
