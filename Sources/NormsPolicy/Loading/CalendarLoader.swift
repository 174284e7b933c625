import NormsCalendar
import NormsSource
import NormsYAML

/// Reads the calendars a policy names and expands them into its people's and teams' availability
/// and its holidays, once per load.
///
/// A file is found like a base policy: relative to the policy file that names it, inside the
/// policy root, no larger than a policy may be. Floating times and all-day dates are read in the
/// zone of the person or team (holiday calendars: the policy's zone). Recurring events are
/// expanded in ``window``.
struct CalendarLoader {
    let root: PolicyRoot
    /// Where the files' bytes come from (the file system, or a git revision for `norms diff`).
    let files: any PolicyFileReader
    let maxBytes: Int
    let window: CalendarWindow
    let log: DiagnosticLog
    /// Files already expanded in this load, by path identity and zone.
    private var expanded: [String: CalendarExpansion?] = [:]

    init(root: PolicyRoot, files: any PolicyFileReader, maxBytes: Int, window: CalendarWindow, log: DiagnosticLog) {
        self.root = root
        self.files = files
        self.maxBytes = maxBytes
        self.window = window
        self.log = log
    }

    mutating func attach(to policy: inout Policy) {
        for index in policy.teams.indices {
            guard let settings = policy.teams[index].calendar else { continue }
            let zone = policy.teams[index].timezone?.value ?? policy.timezone.value
            policy.teams[index].calendarAvailability = availability(settings, zone: zone, owners: [])
        }
        for index in policy.people.indices {
            let person = policy.people[index]
            guard let settings = person.calendar else { continue }
            let home = policy.teams(of: person.id.value).first.flatMap(policy.team)
            let zone = person.timezone?.value ?? home?.timezone?.value ?? policy.timezone.value
            policy.people[index].calendarAvailability = availability(settings, zone: zone, owners: person.email.map { [$0] } ?? [])
        }
        for reference in policy.holidayCalendars {
            guard let (path, expansion) = expand(reference, zone: policy.timezone.value) else {
                policy.holidayCalendarFiles.append(CalendarFileSummary(reference: reference, path: reference.value, isReadable: false))
                continue
            }
            let holidays = expansion.instances.filter { !$0.isCancelled }.map { instance in
                Holiday(dates: Located(Self.dates(of: instance), at: Self.span(of: instance, in: path)),
                        name: instance.summary.isEmpty ? nil : instance.summary)
            }
            policy.holidays += holidays
            policy.holidayCalendarFiles.append(Self.summary(reference, path: path, expansion: expansion,
                                                            awayCount: 0, focusCount: 0))
        }
    }

    // MARK: - People and teams

    private mutating func availability(_ settings: CalendarSettings, zone: String, owners: [String]) -> CalendarAvailability {
        let counting = EventCounting(
            outOfOfficeIsAway: settings.away.outOfOffice, allDayIsAway: settings.away.allDay,
            away: .init(categories: settings.away.categories.map(\.value), summaries: settings.away.summaries.map(\.value)),
            focus: .init(categories: settings.focus.categories.map(\.value), summaries: settings.focus.summaries.map(\.value)),
            ownerAddresses: owners)
        var result = CalendarAvailability()
        var counted: [CalendarInstance] = []
        var allReadable = true
        for reference in settings.files {
            guard let (path, expansion) = expand(reference, zone: zone) else {
                allReadable = false
                result.files.append(CalendarFileSummary(reference: reference, path: reference.value, isReadable: false))
                continue
            }
            var awayCount = 0, focusCount = 0
            for instance in expansion.instances {
                switch counting.meaning(of: instance) {
                case .away:
                    awayCount += 1
                    result.away.append(Located(Self.dates(of: instance), at: Self.span(of: instance, in: path)))
                case .focus:
                    focusCount += 1
                    result.focus.append(Int(instance.startInstant)..<Int(max(instance.endInstant, instance.startInstant)))
                case .none, .ignored:
                    break
                }
            }
            counted += expansion.instances.filter { !$0.isCancelled }
            result.files.append(Self.summary(reference, path: path, expansion: expansion, awayCount: awayCount, focusCount: focusCount))
        }
        result.focus.sort { $0.lowerBound < $1.lowerBound }
        if allReadable {
            let written = { (patterns: [Located<String>]) in patterns.filter { !$0.span.isSynthetic } }
            result.unmatchedPatterns = written(settings.away.categories).filter {
                !EventCounting.anyMatches(pattern: $0.value, asCategory: true, in: counted)
            } + written(settings.away.summaries).filter {
                !EventCounting.anyMatches(pattern: $0.value, asCategory: false, in: counted)
            } + written(settings.focus.categories).filter {
                !EventCounting.anyMatches(pattern: $0.value, asCategory: true, in: counted)
            } + written(settings.focus.summaries).filter {
                !EventCounting.anyMatches(pattern: $0.value, asCategory: false, in: counted)
            }
        }
        return result
    }

    // MARK: - Files

    /// The file `reference` names, read and expanded in `zone` (once per load); `nil`, with an
    /// error at the reference, when it is outside the root or cannot be read.
    private mutating func expand(_ reference: Located<String>, zone: String) -> (path: String, expansion: CalendarExpansion)? {
        let path = FilePaths.normalize(FilePaths.resolve(reference.value, from: reference.span.file))
        let key = FilePaths.identity(path) + "\n" + zone
        if let done = expanded[key] { return done.map { (path, $0) } }
        let expansion = read(reference, path: path, zone: zone)
        expanded[key] = .some(expansion)
        return expansion.map { (path, $0) }
    }

    private func read(_ reference: Located<String>, path: String, zone: String) -> CalendarExpansion? {
        guard root.contains(path) else {
            log.report(Diagnostic(
                code: CalendarDiagnosticCode.outsideRoot.rawValue,
                message: "calendar \(quoted: reference.value) is outside the policy root \(quoted: root.path)",
                span: reference.span,
                help: "a policy may read only files of its own project, below the nearest folder holding '.git' or '.norms.yaml'; "
                    + "copy the calendar there, or choose the root with --root"))
            return nil
        }
        let source: SourceFile
        do {
            source = try files.read(path: path, maxBytes: maxBytes)
        } catch {
            let problem = switch (error as? SourceFileError)?.reason {
            case .missing?: "there is no file \(quotedPath: path)"
            case .isDirectory?: "\(quotedPath: path) is a folder"
            case .symbolicLinkLoop?: "\(quotedPath: path) is a symbolic link loop"
            case .unreadable?, nil: "\(quotedPath: path) cannot be read"
            case .tooLarge(let bytes, let limit)?: "\(quotedPath: path) is \(bytes) bytes, more than the limit of \(limit)"
            }
            log.report(Diagnostic(code: CalendarDiagnosticCode.unreadable.rawValue, message: "cannot read calendar \(quoted: reference.value): \(problem)",
                                  span: reference.span, help: "the path is relative to the folder of \(quotedPath: reference.span.file)"))
            return nil
        }
        let expansion = CalendarReader(window: window, zone: zone, limits: CalendarLimits(maxBytes: maxBytes)).read(source)
        log.report(expansion.diagnostics)
        return expansion.hasErrors ? nil : expansion
    }

    // MARK: - Values

    static func dates(of instance: CalendarInstance) -> DateRange {
        DateRange(first: localDate(instance.firstDate), last: localDate(instance.lastDate))
    }

    static func localDate(_ date: CalendarDate) -> LocalDate {
        LocalDate(year: date.year, month: date.month, day: date.day) ?? LocalDate(daysSinceEpoch: 0)
    }

    static func span(of instance: CalendarInstance, in path: String) -> SourceSpan {
        SourceSpan(file: path, at: instance.position)
    }

    static func summary(_ reference: Located<String>, path: String, expansion: CalendarExpansion, awayCount: Int, focusCount: Int)
        -> CalendarFileSummary {
        CalendarFileSummary(
            reference: reference, path: path, isReadable: true, instanceCount: expansion.instances.count,
            awayCount: awayCount, focusCount: focusCount,
            lastDate: expansion.instances.map(\.lastDate).max().map(localDate),
            hasEndlessRecurrence: expansion.hasEndlessRecurrence)
    }
}
