import NormsSource
import NormsYAML

/// Reads a `calendar:` setting: a file, a list of files, or a mapping with `files`, `away` and
/// `focus`.
struct CalendarSettingsReader {
    let reader: NodeReader

    static let keys = ["files", "away", "focus"]
    static let awayKeys = ["out_of_office", "all_day", "categories", "summary"]
    static let focusKeys = ["categories", "summary"]

    func settings(_ field: Field) -> CalendarSettings? {
        guard field.node.mapping != nil else {
            return reader.strings(field, expected: "a calendar file").map { CalendarSettings(files: $0) }
        }
        guard let map = reader.map(field, known: Self.keys, required: ["files"],
                                   missingHelp: ["files": "add 'files: calendars/jan.ics' (an .ics file or a list of them)"],
                                   expected: "a calendar file, a list of them, or a mapping with 'files', 'away' and 'focus'")
        else { return nil }
        var settings = CalendarSettings(files: map["files"].flatMap { reader.strings($0, expected: "a calendar file") } ?? [])
        if let field = map["away"], let away = reader.map(field, known: Self.awayKeys, expected: "a mapping of what counts as away") {
            settings.away = EventPatterns(
                outOfOffice: away["out_of_office"].flatMap(reader.bool)?.value ?? true,
                allDay: away["all_day"].flatMap(reader.bool)?.value ?? true,
                categories: away["categories"].flatMap { reader.strings($0, expected: "a category pattern") } ?? [],
                summaries: away["summary"].flatMap { reader.strings($0, expected: "a summary pattern") } ?? [])
        }
        if let field = map["focus"], let focus = reader.map(field, known: Self.focusKeys, expected: "a mapping of what counts as focus") {
            settings.focus = EventPatterns(
                categories: focus["categories"].flatMap { reader.strings($0, expected: "a category pattern") } ?? [],
                summaries: focus["summary"].flatMap { reader.strings($0, expected: "a summary pattern") } ?? [])
        }
        return settings
    }
}
