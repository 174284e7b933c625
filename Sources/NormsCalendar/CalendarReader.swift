import CICal
import NormsSource

/// A calendar file's event instances, with every problem found reading it.
package struct CalendarExpansion: Sendable {
    /// Every instance of a non-recurring event, and the instances of recurring events that touch
    /// the window, sorted by start.
    package var instances: [CalendarInstance]
    /// Problems, each with the file, line and column it is about.
    package var diagnostics: [Diagnostic]
    /// Whether some recurring event repeats without end (so the calendar never runs out).
    package var hasEndlessRecurrence: Bool

    package init(instances: [CalendarInstance] = [], diagnostics: [Diagnostic] = [], hasEndlessRecurrence: Bool = false) {
        self.instances = instances
        self.diagnostics = diagnostics
        self.hasEndlessRecurrence = hasEndlessRecurrence
    }

    /// Whether a diagnostic is an error (the file could not be read as a calendar at all).
    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Reads iCalendar files (RFC 5545) through libical and expands their events into instances.
///
/// libical parses the file, resolves `VTIMEZONE`s and expands `RRULE`s; this type pairs its
/// components with their lines (see ``CalendarOutline``), turns libical's `X-LIC-ERROR`
/// properties into positioned diagnostics, and keeps the work bounded (``CalendarLimits``).
package struct CalendarReader: Sendable {
    package var limits: CalendarLimits
    /// Where recurring events are expanded.
    package var window: CalendarWindow
    /// The IANA zone that floating times and all-day dates are read in.
    package var zone: String

    package init(window: CalendarWindow, zone: String, limits: CalendarLimits = .default) {
        self.window = window
        self.zone = zone
        self.limits = limits
    }

    /// Reads and expands a calendar held in memory.
    package func read(_ source: SourceFile) -> CalendarExpansion {
        if let nul = source.bytes.firstIndex(of: 0) {
            return CalendarExpansion(diagnostics: [Diagnostic(
                code: CalendarDiagnosticCode.notICalendar.rawValue, message: "the file holds a NUL byte, so it is not an iCalendar file",
                span: SourceSpan(file: source.path, at: source.position(offset: nul)),
                help: "export the calendar again as an .ics file")])
        }
        let outline = CalendarOutline(source.bytes)
        var log = CalendarLog(source: source)
        if let line = outline.tooDeepLine {
            log.error(.tooDeep, "the file nests components more than \(CalendarOutline.maxDepth) levels deep, so it is not read",
                      line: line, help: "a calendar nests three or four levels (VCALENDAR, VTIMEZONE, STANDARD); export it again")
            return CalendarExpansion(diagnostics: log.diagnostics)
        }
        for problem in outline.structureProblems {
            log.warning(.syntax, problem.message, line: problem.line, help: "every 'BEGIN:' line needs its 'END:' line")
        }
        guard outline.roots.contains(where: { $0.name == "VCALENDAR" || $0.name == "VEVENT" }) else {
            log.error(.notICalendar, "the file is not an iCalendar file: it has no 'BEGIN:VCALENDAR' line", line: 1,
                      help: "name an .ics file exported from a calendar")
            return CalendarExpansion(diagnostics: log.diagnostics)
        }
        return LibICal.withLock {
            guard let root = (source.bytes + [0]).withUnsafeBufferPointer({ buffer in
                buffer.withMemoryRebound(to: CChar.self) { icalparser_parse_string($0.baseAddress) }
            }) else {
                log.error(.notICalendar, "libical could not read the file as an iCalendar stream", line: 1,
                          help: "export the calendar again as an .ics file")
                return CalendarExpansion(diagnostics: log.diagnostics)
            }
            defer { icalcomponent_free(root) }
            var expander = EventExpander(reader: self, log: log)
            var cursor: [String: Int] = [:]
            let rootRecord = CalendarOutline.Component(name: "", line: 1)
            rootRecord.children = outline.roots
            let calendars = icalcomponent_isa(root) == ICAL_XROOT_COMPONENT ? Self.children(of: root) : [root]
            var errors = LibICalErrors()
            for calendar in calendars {
                let record = rootRecord.child(named: Self.name(of: calendar), after: &cursor) ?? outline.roots[0]
                visit(calendar, record: record, expander: &expander, errors: &errors)
            }
            errors.reportUnlisted(to: &expander.log)
            return expander.finish()
        }
    }

    /// Reports the errors of `calendar` and its components and reads their events, parents before
    /// children, in file order (with a stack of its own, whatever the nesting).
    private func visit(
        _ calendar: OpaquePointer, record: CalendarOutline.Component, expander: inout EventExpander, errors: inout LibICalErrors
    ) {
        var pending = [(component: calendar, record: record)]
        while let (component, record) = pending.popLast() {
            errors.report(of: component, record: record, to: &expander.log)
            if icalcomponent_isa(component) == ICAL_VEVENT_COMPONENT {
                expander.add(component, record: record, calendar: calendar)
            }
            var cursor: [String: Int] = [:]
            let children = Self.children(of: component).map { child in
                (child, record.child(named: Self.name(of: child), after: &cursor) ?? record)
            }
            pending.append(contentsOf: children.reversed())
        }
    }

    static func children(of component: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT)
        while let found = child {
            result.append(found)
            child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)
        }
        return result
    }

    /// The component's name (`VEVENT`), or `X-` for any experimental component.
    static func name(of component: OpaquePointer) -> String {
        if icalcomponent_isa(component) == ICAL_X_COMPONENT { return "X-" }
        return LibICal.text(icalcomponent_kind_to_string(icalcomponent_isa(component))) ?? ""
    }
}

/// libical's `X-LIC-ERROR`s of one file as warnings at their lines: the first
/// ``maxListed``, then one warning that counts the rest.
struct LibICalErrors {
    static let maxListed = 100
    private var unlisted = 0
    private var firstUnlistedLine = 1
    private var listed = 0

    mutating func report(of component: OpaquePointer, record: CalendarOutline.Component, to log: inout CalendarLog) {
        var property = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY)
        while let error = property {
            property = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)
            guard listed < Self.maxListed else {
                if unlisted == 0 { firstUnlistedLine = record.line }
                unlisted += 1
                continue
            }
            listed += 1
            let message = LibICal.text(icalproperty_get_xlicerror(error)) ?? "libical reported an error"
            log.warning(.syntax, "libical could not read a line: \(quoted: message)", line: record.line(ofError: message),
                        help: "the rest of the calendar is read; fix or remove the line")
        }
    }

    func reportUnlisted(to log: inout CalendarLog) {
        guard unlisted > 0 else { return }
        log.warning(.syntax, "libical could not read \(unlisted) more lines; only the first \(Self.maxListed) are listed",
                    line: firstUnlistedLine, help: "the rest of the calendar is read; export the calendar again")
    }
}

/// The diagnostics of one calendar file.
struct CalendarLog {
    let source: SourceFile
    private(set) var diagnostics: [Diagnostic] = []

    init(source: SourceFile) {
        self.source = source
    }

    mutating func error(_ code: CalendarDiagnosticCode, _ message: String, line: Int, help: String) {
        report(code, .error, message, line: line, help: help)
    }

    mutating func warning(_ code: CalendarDiagnosticCode, _ message: String, line: Int, help: String) {
        report(code, .warning, message, line: line, help: help)
    }

    private mutating func report(_ code: CalendarDiagnosticCode, _ severity: Severity, _ message: String, line: Int, help: String) {
        diagnostics.append(Diagnostic(code: code.rawValue, severity: severity, message: message,
                                      span: SourceSpan(file: source.path, at: source.position(line: line, column: 1)), help: help))
    }
}
