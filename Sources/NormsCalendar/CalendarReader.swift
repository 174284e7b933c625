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
            for calendar in calendars {
                let record = rootRecord.child(named: Self.name(of: calendar), after: &cursor) ?? outline.roots[0]
                visit(calendar, record: record, calendar: calendar, expander: &expander)
            }
            return expander.finish()
        }
    }

    /// Reports the component's errors, reads its events, and goes down into its children.
    private func visit(
        _ component: OpaquePointer, record: CalendarOutline.Component, calendar: OpaquePointer, expander: inout EventExpander
    ) {
        var property = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY)
        while let error = property {
            let message = LibICal.text(icalproperty_get_xlicerror(error)) ?? "libical reported an error"
            expander.log.warning(.syntax, "libical could not read a line: \(quoted: message)",
                                 line: CalendarOutline.line(ofError: message, in: record),
                                 help: "the rest of the calendar is read; fix or remove the line")
            property = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)
        }
        if icalcomponent_isa(component) == ICAL_VEVENT_COMPONENT {
            expander.add(component, record: record, calendar: calendar)
        }
        var cursor: [String: Int] = [:]
        for child in Self.children(of: component) {
            let childRecord = record.child(named: Self.name(of: child), after: &cursor) ?? record
            visit(child, record: childRecord, calendar: calendar, expander: &expander)
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
