import NormsSource

/// A `calendar:` setting of a person or team: the iCalendar files their availability is read
/// from, and how the events count.
public struct CalendarSettings: Sendable {
    /// The files, relative to the policy file that names them (inside the policy root).
    public var files: [Located<String>]
    /// What counts as `away`: by default an out-of-office status and an all-day event.
    public var away: EventPatterns
    /// What counts as a focus block: by default a summary or category "Focus time" or "Focus".
    public var focus: EventPatterns

    public init(files: [Located<String>], away: EventPatterns = .awayDefaults, focus: EventPatterns = .focusDefaults) {
        self.files = files
        self.away = away
        self.focus = focus
    }
}

/// Which events count as one state.
public struct EventPatterns: Sendable {
    /// Whether `X-MICROSOFT-CDO-BUSYSTATUS:OOF` counts (for `away`).
    public var outOfOffice: Bool
    /// Whether an all-day event that is not transparent counts (for `away`).
    public var allDay: Bool
    /// Category patterns (`*` stands for any text; case is ignored).
    public var categories: [Located<String>]
    /// Summary patterns.
    public var summaries: [Located<String>]

    public init(outOfOffice: Bool = false, allDay: Bool = false, categories: [Located<String>] = [], summaries: [Located<String>] = []) {
        self.outOfOffice = outOfOffice
        self.allDay = allDay
        self.categories = categories
        self.summaries = summaries
    }

    /// `away` when nothing is written: out-of-office events and all-day events.
    public static let awayDefaults = EventPatterns(outOfOffice: true, allDay: true)
    /// `focus` when nothing is written: a summary or category "Focus time" or "Focus".
    public static let focusDefaults: EventPatterns = {
        let names = ["Focus time", "Focus"].map { Located($0, at: SourceSpan.synthetic("default focus pattern")) }
        return EventPatterns(categories: names, summaries: names)
    }()
}

/// What the calendars of a person or team say, expanded once when the policy is loaded.
public struct CalendarAvailability: Sendable {
    /// Away dates in the recipient's zone, each located at its event's `BEGIN:VEVENT` line.
    public var away: [Located<DateRange>]
    /// Focus blocks, as seconds since the epoch (end excluded), sorted by start.
    public var focus: [Range<Int>]
    /// What was read from each file.
    public var files: [CalendarFileSummary]
    /// Patterns written in the policy that match no event of the files.
    public var unmatchedPatterns: [Located<String>]

    public init(away: [Located<DateRange>] = [], focus: [Range<Int>] = [], files: [CalendarFileSummary] = [],
                unmatchedPatterns: [Located<String>] = []) {
        self.away = away
        self.focus = focus
        self.files = files
        self.unmatchedPatterns = unmatchedPatterns
    }

    public static let empty = CalendarAvailability()
}

/// One calendar file as the loader read it.
public struct CalendarFileSummary: Sendable {
    /// The path as written in the policy, located there.
    public var reference: Located<String>
    /// The path the file was read from.
    public var path: String
    /// Whether the file could be read as a calendar.
    public var isReadable: Bool
    /// The instances read (single events, and recurring ones within the expansion window).
    public var instanceCount: Int
    public var awayCount: Int
    public var focusCount: Int
    /// The last date any instance covers; `nil` without instances.
    public var lastDate: LocalDate?
    /// Whether some event repeats without end.
    public var hasEndlessRecurrence: Bool

    public init(reference: Located<String>, path: String, isReadable: Bool, instanceCount: Int = 0, awayCount: Int = 0,
                focusCount: Int = 0, lastDate: LocalDate? = nil, hasEndlessRecurrence: Bool = false) {
        self.reference = reference
        self.path = path
        self.isReadable = isReadable
        self.instanceCount = instanceCount
        self.awayCount = awayCount
        self.focusCount = focusCount
        self.lastDate = lastDate
        self.hasEndlessRecurrence = hasEndlessRecurrence
    }
}
