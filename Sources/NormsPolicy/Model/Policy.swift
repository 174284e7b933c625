import NormsSource

/// A team's communication norms, loaded and composed with its bases.
///
/// Entries keep policy order: the order in which they appear once bases are loaded first and
/// the file itself last. Every value read from a file keeps its span.
public struct Policy: Sendable {
    /// The format version (only `1` exists).
    public var version: Int
    public var name: Located<String>
    public var description: String?
    /// The files this policy was composed from, bases first, the policy's own file last.
    public var files: [String]
    /// The default zone of people and teams (an IANA id).
    public var timezone: Located<String>
    public var workingHours: WeeklySchedule
    /// The holidays written in the policy, then those of its ``holidayCalendars``.
    public var holidays: [Holiday]
    /// `holiday_calendars`: public-holiday feeds whose events add to ``holidays``.
    public var holidayCalendars: [Located<String>] = []
    /// What was read from each of the ``holidayCalendars``, filled in when the policy is loaded.
    public var holidayCalendarFiles: [CalendarFileSummary] = []
    /// Priority levels, least urgent first: never empty, no name twice.
    public package(set) var levels: [Located<String>]
    /// One of ``levels``.
    public package(set) var defaultLevel: Located<String>
    /// What `immediate` means, in minutes of elapsed time; never negative.
    public package(set) var immediateWindow: Located<Int>
    /// When present, the only message kinds allowed.
    public var kinds: [Located<String>]?
    public var channels: [Channel]
    public var teams: [Team]
    public var people: [Person]
    public var rules: [NormRule]
    public var lint: LintSettings

    /// A policy made from values rather than loaded from a file.
    /// - Throws: ``PolicyValueError`` when the values could not be evaluated: no levels, a level
    ///   named twice, a default level that is not one of them, a negative immediate window, or no
    ///   channel.
    public init(
        version: Int = 1, name: Located<String>, description: String? = nil, files: [String] = [],
        timezone: Located<String>, workingHours: WeeklySchedule = .standard, holidays: [Holiday] = [],
        levels: [Located<String>], defaultLevel: Located<String>, immediateWindow: Located<Int>,
        kinds: [Located<String>]? = nil, channels: [Channel], teams: [Team] = [], people: [Person] = [],
        rules: [NormRule] = [], lint: LintSettings = LintSettings()
    ) throws(PolicyValueError) {
        let names = levels.map(\.value)
        guard !names.isEmpty else { throw PolicyValueError("a policy needs at least one level") }
        if let twice = names.enumerated().first(where: { names[..<$0.offset].contains($0.element) }) {
            throw PolicyValueError("the level \(quoted: twice.element) is listed twice")
        }
        guard names.contains(defaultLevel.value) else {
            throw PolicyValueError("the default level \(quoted: defaultLevel.value) is not one of the levels \(names.joined(separator: ", "))")
        }
        guard immediateWindow.value >= 0 else { throw PolicyValueError("the immediate window is negative (\(immediateWindow.value) minutes)") }
        guard !channels.isEmpty else { throw PolicyValueError("a policy needs at least one channel") }
        self.init(
            unchecked: version, name: name, description: description, files: files, timezone: timezone,
            workingHours: workingHours, holidays: holidays, levels: levels, defaultLevel: defaultLevel,
            immediateWindow: immediateWindow, kinds: kinds, channels: channels, teams: teams, people: people, rules: rules,
            lint: lint)
    }

    /// The loader's initializer: it reports bad values as diagnostics and may build a policy from
    /// them for lint, which never evaluates it.
    package init(
        unchecked version: Int = 1, name: Located<String>, description: String? = nil, files: [String],
        timezone: Located<String>, workingHours: WeeklySchedule = .standard, holidays: [Holiday] = [],
        levels: [Located<String>], defaultLevel: Located<String>, immediateWindow: Located<Int>,
        kinds: [Located<String>]? = nil, channels: [Channel], teams: [Team] = [], people: [Person] = [],
        rules: [NormRule] = [], lint: LintSettings = LintSettings()
    ) {
        self.version = version
        self.name = name
        self.description = description
        self.files = files
        self.timezone = timezone
        self.workingHours = workingHours
        self.holidays = holidays
        self.levels = levels
        self.defaultLevel = defaultLevel
        self.immediateWindow = immediateWindow
        self.kinds = kinds
        self.channels = channels
        self.teams = teams
        self.people = people
        self.rules = rules
        self.lint = lint
    }

    /// The default level names, least urgent first.
    public static let defaultLevels = ["low", "normal", "high", "urgent"]

    // MARK: - Lookup

    public func channel(_ id: String) -> Channel? { channels.first { $0.id.value == id } }
    public func team(_ id: String) -> Team? { teams.first { $0.id.value == id } }
    public func person(_ id: String) -> Person? { people.first { $0.id.value == id } }

    /// The rank of a level name (0 = least urgent), or `nil` for an unknown name.
    public func rank(ofLevel name: String) -> Int? { levels.firstIndex { $0.value == name } }

    /// The teams a person belongs to: their `team:` list first (the first is the home team), then
    /// any other team that lists them in `members`, in policy order.
    public func teams(of personID: String) -> [String] {
        var result = person(personID)?.teams.map(\.value) ?? []
        for team in teams where team.members.contains(where: { $0.value == personID }) && !result.contains(team.id.value) {
            result.append(team.id.value)
        }
        return result
    }

    /// Every role named by some person.
    public var roles: Set<String> { Set(people.flatMap { $0.roles.map(\.value) }) }
}
