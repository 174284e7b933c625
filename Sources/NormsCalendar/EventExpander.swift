import CICal
import NormsSource

/// Turns the `VEVENT`s of one parsed file into instances: libical computes every occurrence
/// (`RRULE`, `RDATE`, `EXDATE`) and converts every time; this type applies `RECURRENCE-ID`
/// overrides and the window, and stops at the limits. Used only inside ``LibICal/withLock(_:)``,
/// while the parsed tree is alive.
struct EventExpander {
    private struct Event {
        var component: OpaquePointer
        var record: CalendarOutline.Component
        var line: Int { record.line }
        var calendar: OpaquePointer
        var uid: String
    }

    let reader: CalendarReader
    var log: CalendarLog
    private let defaultZone: OpaquePointer?
    private var events: [Event] = []
    /// The occurrences each `RECURRENCE-ID` replaces, by `UID`.
    private var overridden: [String: Set<OccurrenceKey>] = [:]
    private var instances: [(key: Int64, instance: CalendarInstance)] = []
    private var steps = 0
    /// When expanding recurrences must stop (``CalendarLimits/maxExpansionTime``).
    private let deadline: ContinuousClock.Instant
    private var limitReported = false
    private var hasEndlessRecurrence = false
    /// Each `TZID` nobody defines, with the first event that names it.
    private var unknownTZIDs: [String: Int] = [:]
    /// The zone of each `TZID` already looked up, in each `VCALENDAR` of the file.
    private var zones: [ZoneKey: OpaquePointer?] = [:]

    private struct ZoneKey: Hashable {
        var calendar: OpaquePointer
        var tzid: String
    }

    init(reader: CalendarReader, log: CalendarLog) {
        self.reader = reader
        self.log = log
        self.defaultZone = LibICal.systemZone(reader.zone)
        self.deadline = ContinuousClock.now.advanced(by: reader.limits.maxExpansionTime)
    }

    /// Keeps an event for ``finish()``; an override is noted against its series at once.
    mutating func add(_ component: OpaquePointer, record: CalendarOutline.Component, calendar: OpaquePointer) {
        let uid = LibICal.text(icalcomponent_get_uid(component)) ?? "line \(record.line)"
        let event = Event(component: component, record: record, calendar: calendar, uid: uid)
        if let property = icalcomponent_get_first_property(component, ICAL_RECURRENCEID_PROPERTY) {
            let id = time(icalproperty_get_recurrenceid(property), of: property, event: event)
            overridden[uid, default: []].insert(key(id))
        }
        events.append(event)
    }

    /// Expands every event and returns the instances sorted by start.
    mutating func finish() -> CalendarExpansion {
        for event in events where instances.count < reader.limits.maxInstances {
            expand(event)
        }
        if instances.count >= reader.limits.maxInstances { reportLimit(line: events.last?.line ?? 1) }
        for (tzid, line) in unknownTZIDs.sorted(by: { $0.value < $1.value }) {
            log.warning(.unknownTimezone,
                        "TZID \(quoted: tzid) is neither defined by a VTIMEZONE of the file nor a known zone; its times are read in \(quoted: reader.zone)",
                        line: line, help: "export the calendar with its time zones, or use an IANA id such as 'Europe/Berlin'")
        }
        let sorted = instances.enumerated().sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }.map(\.element.instance)
        return CalendarExpansion(instances: sorted, diagnostics: log.diagnostics, hasEndlessRecurrence: hasEndlessRecurrence)
    }

    // MARK: - One event

    private mutating func expand(_ event: Event) {
        let component = event.component
        guard let startProperty = icalcomponent_get_first_property(component, ICAL_DTSTART_PROPERTY) else {
            log.warning(.invalidEvent, "the event has no DTSTART, so it is not placed in time and is left out", line: event.line,
                        help: "add 'DTSTART:' with the event's start")
            return
        }
        let start = time(icalproperty_get_dtstart(startProperty), of: startProperty, event: event)
        guard icaltime_is_null_time(start) == 0, icaltime_is_valid_time(start) != 0 else {
            log.warning(.invalidEvent, "the event's DTSTART is not a valid date or time, so the event is left out",
                        line: Self.line(of: "DTSTART", in: event),
                        help: "write DTSTART as 20261201T090000 or 20261201")
            return
        }
        let length = length(of: event, start: start)
        let details = Details(event.component)
        let isRecurring = icalcomponent_get_first_property(component, ICAL_RRULE_PROPERTY) != nil
            || icalcomponent_get_first_property(component, ICAL_RDATE_PROPERTY) != nil
        let isOverride = icalcomponent_get_first_property(component, ICAL_RECURRENCEID_PROPERTY) != nil
        guard isRecurring, !isOverride else {
            emit(start, length: length, details: details, line: event.line, inWindowOnly: false)
            return
        }
        var excluded = overridden[event.uid] ?? []
        excluded.formUnion(exclusions(of: event))
        var seen: Set<OccurrenceKey> = []
        // The DTSTART is always the first instance, as in libical's own icalcomponent_foreach_recurrence.
        let occurrences: [Occurrence] = [(start, nil)] + rdates(of: event) + rruleOccurrences(of: event, start: start, length: length)
        for occurrence in occurrences {
            let occurrenceKey = key(occurrence.time)
            // An EXDATE written as a date removes a timed occurrence on that date (in the event's zone).
            let onDate = OccurrenceKey.date(Self.date(occurrence.time))
            guard seen.insert(occurrenceKey).inserted, !excluded.contains(occurrenceKey), !excluded.contains(onDate) else { continue }
            emit(occurrence.time, length: occurrence.length ?? length, details: details, line: event.line, inWindowOnly: true)
            if instances.count >= reader.limits.maxInstances { return }
        }
    }

    /// The `RRULE` occurrences before the window's end, within the step and time limits.
    ///
    /// libical is asked for no occurrence it would have to search for outside the window: the
    /// rule ends (`UNTIL`) just after the window, and one that does not count its instances starts
    /// just before the window (less the event's length), so the work depends on the window, not on
    /// how long ago the event started.
    private mutating func rruleOccurrences(of event: Event, start: icaltimetype, length: Length) -> [Occurrence] {
        var result: [Occurrence] = []
        var property = icalcomponent_get_first_property(event.component, ICAL_RRULE_PROPERTY)
        while let rruleProperty = property {
            property = icalcomponent_get_next_property(event.component, ICAL_RRULE_PROPERTY)
            var rule = icalproperty_get_rrule(rruleProperty)
            if let reason = RecurrenceGuard.unsupported(rule, start: seconds(start), window: reader.window) {
                log.warning(.unsupportedRecurrence, "the event's RRULE is not expanded: \(reason)", line: Self.line(of: "RRULE", in: event),
                            help: "use a rule that can repeat, at most hourly with date filters, from a start near today; only the event's first instance counts")
                continue
            }
            if rule.count == 0, icaltime_is_null_time(rule.until) != 0 { hasEndlessRecurrence = true }
            let windowEnd = iterationTime(reader.window.end + Self.margin, like: start)
            if icaltime_is_null_time(rule.until) != 0 || icaltime_compare(rule.until, windowEnd) > 0 { rule.until = windowEnd }
            guard let iterator = icalrecur_iterator_new(rule, start) else {
                log.warning(.unsupportedRecurrence, "libical cannot expand the event's RRULE (it names days that never occur)",
                            line: Self.line(of: "RRULE", in: event), help: "check BYMONTH, BYMONTHDAY, BYYEARDAY, BYWEEKNO and BYSETPOS")
                continue
            }
            defer { icalrecur_iterator_free(iterator) }
            startNearWindow(iterator, rule: rule, start: start, length: length)
            while true {
                guard steps < reader.limits.maxRecurrenceSteps else {
                    reportLimit(line: event.line)
                    break
                }
                guard ContinuousClock.now < deadline else {
                    reportTimeLimit(line: event.line)
                    break
                }
                steps += 1
                let next = icalrecur_iterator_next(iterator)
                guard icaltime_is_null_time(next) == 0 else { break }
                var occurrence = next
                if let zone = start.zone, occurrence.zone == nil { occurrence = icaltime_set_timezone(&occurrence, zone) }
                if seconds(occurrence) >= reader.window.end { break }
                result.append((occurrence, nil))
            }
        }
        return result
    }

    /// Two days: more than any zone's offset, so a floating time compared as UTC stays on the
    /// right side of the window.
    private static let margin: Int64 = 2 * 86_400

    /// Moves the iterator to the last moment an instance can start and still touch the window,
    /// when the rule starts earlier and does not count its instances. libical keeps the rule's
    /// phase there for daily and longer periods, not for shorter ones with an `INTERVAL`; those
    /// are stepped from the start (each step is one instance, so the step limit bounds them).
    private func startNearWindow(_ iterator: OpaquePointer, rule: icalrecurrencetype, start: icaltimetype, length: Length) {
        let isShortPeriod = [ICAL_SECONDLY_RECURRENCE, ICAL_MINUTELY_RECURRENCE, ICAL_HOURLY_RECURRENCE].contains(rule.freq)
        guard rule.count == 0, !(isShortPeriod && rule.interval > 1) else { return }
        let lengthSeconds = switch length {
        case .days(let days): Int64(days) * 86_400
        case .seconds(let seconds): seconds
        }
        let earliest = reader.window.start - max(lengthSeconds, 0) - Self.margin
        guard seconds(start) < earliest else { return }
        icalrecur_iterator_set_start(iterator, iterationTime(earliest, like: start))
    }

    /// A moment as a time that libical compares with `start`: a date for an all-day start, else UTC.
    private func iterationTime(_ seconds: Int64, like start: icaltimetype) -> icaltimetype {
        var value = icaltime_from_timet_with_zone(time_t(seconds), start.is_date, icaltimezone_get_utc_timezone())
        if start.is_date != 0 { value.zone = nil }
        return value
    }

    /// The `RDATE` occurrences; a period brings its own length.
    private mutating func rdates(of event: Event) -> [Occurrence] {
        var result: [Occurrence] = []
        var property = icalcomponent_get_first_property(event.component, ICAL_RDATE_PROPERTY)
        while let rdate = property {
            property = icalcomponent_get_next_property(event.component, ICAL_RDATE_PROPERTY)
            let value = icalproperty_get_rdate(rdate)
            if icaltime_is_null_time(value.time) == 0 {
                result.append((time(value.time, of: rdate, event: event), nil))
            } else if icaltime_is_null_time(value.period.start) == 0 {
                let start = time(value.period.start, of: rdate, event: event)
                let length: Length = icaltime_is_null_time(value.period.end) == 0
                    ? .seconds(seconds(time(value.period.end, of: rdate, event: event)) - seconds(start))
                    : .seconds(Int64(icaldurationtype_as_int(value.period.duration)))
                result.append((start, length))
            }
        }
        return result
    }

    private mutating func exclusions(of event: Event) -> Set<OccurrenceKey> {
        var result: Set<OccurrenceKey> = []
        var property = icalcomponent_get_first_property(event.component, ICAL_EXDATE_PROPERTY)
        while let exdate = property {
            property = icalcomponent_get_next_property(event.component, ICAL_EXDATE_PROPERTY)
            let value = icalproperty_get_exdate(exdate)
            if icaltime_is_null_time(value) == 0 { result.insert(key(time(value, of: exdate, event: event))) }
        }
        return result
    }

    // MARK: - Lengths

    /// An occurrence's start, and its own length when it has one (an `RDATE` period).
    typealias Occurrence = (time: icaltimetype, length: Length?)

    /// How long each instance lasts: days for an all-day event, seconds for a timed one.
    enum Length {
        case days(Int)
        case seconds(Int64)
    }

    /// From `DTEND`, else `DURATION`, else one day (all-day) or no time (timed); an end before the
    /// start is reported and read as no time.
    private mutating func length(of event: Event, start: icaltimetype) -> Length {
        let isDate = start.is_date != 0
        var length: Length = isDate ? .days(1) : .seconds(0)
        if let endProperty = icalcomponent_get_first_property(event.component, ICAL_DTEND_PROPERTY) {
            let end = time(icalproperty_get_dtend(endProperty), of: endProperty, event: event)
            if icaltime_is_null_time(end) == 0 {
                length = isDate && end.is_date != 0
                    ? .days(Self.dayNumber(end) - Self.dayNumber(start))
                    : .seconds(seconds(end) - seconds(start))
            }
        } else if let durationProperty = icalcomponent_get_first_property(event.component, ICAL_DURATION_PROPERTY) {
            let total = Int64(icaldurationtype_as_int(icalproperty_get_duration(durationProperty)))
            length = isDate ? .days(Int(total / 86_400)) : .seconds(total)
        }
        let isNegative = switch length {
        case .days(let days): days < 0
        case .seconds(let seconds): seconds < 0
        }
        if isNegative {
            log.warning(.invalidEvent, "the event ends before it starts; it is read as lasting no time", line: event.line,
                        help: "check DTEND or DURATION")
            return isDate ? .days(1) : .seconds(0)
        }
        return length
    }

    // MARK: - Instances

    private mutating func emit(_ start: icaltimetype, length: Length, details: Details, line: Int, inWindowOnly: Bool) {
        let startSeconds = seconds(start)
        let instance: CalendarInstance
        let endSeconds: Int64
        if start.is_date != 0 {
            let days: Int
            switch length {
            case .days(let count): days = max(count, 1)
            case .seconds(let count): days = max(Int((count + 86_399) / 86_400), 1)
            }
            var end = start
            icaltime_adjust(&end, Int32(days), 0, 0, 0)
            var last = end
            icaltime_adjust(&last, -1, 0, 0, 0)
            endSeconds = seconds(end)
            instance = details.instance(start: .date(Self.date(start)), end: .date(Self.date(end)), instants: (startSeconds, endSeconds),
                                        dates: (Self.date(start), Self.date(last)), position: position(line))
        } else {
            switch length {
            case .days(let count): endSeconds = startSeconds + Int64(count) * 86_400
            case .seconds(let count): endSeconds = startSeconds + count
            }
            instance = details.instance(start: .instant(startSeconds), end: .instant(endSeconds), instants: (startSeconds, endSeconds),
                                        dates: (localDate(startSeconds), localDate(max(startSeconds, endSeconds - 1))), position: position(line))
        }
        if inWindowOnly, !reader.window.overlaps(start: startSeconds, end: endSeconds) { return }
        instances.append((startSeconds, instance))
    }

    private func position(_ line: Int) -> SourcePosition {
        log.source.position(line: line, column: 1)
    }

    private mutating func reportLimit(line: Int) {
        stop("the calendar has more than \(reader.limits.maxInstances) instances or \(reader.limits.maxRecurrenceSteps) "
                + "recurrence steps; the rest is not read", line: line)
    }

    private mutating func reportTimeLimit(line: Int) {
        stop("expanding the calendar's recurring events took more than \(reader.limits.maxExpansionTime.components.seconds) "
                + "seconds; the rest is not read", line: line)
    }

    private mutating func stop(_ message: String, line: Int) {
        guard !limitReported else { return }
        limitReported = true
        log.warning(.expansionLimit, message, line: line, help: "split the calendar, or repeat events less often")
    }

    // MARK: - Times

    /// A property's time with its `TZID` resolved: the file's own `VTIMEZONE`, else the zone of
    /// that id in the system's database; an unknown id is reported and read in the reader's zone.
    private mutating func time(_ raw: icaltimetype, of property: OpaquePointer, event: Event) -> icaltimetype {
        var value = raw
        guard value.is_date == 0, icaltime_is_utc(value) == 0,
              let parameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER),
              let tzid = LibICal.text(icalparameter_get_tzid(parameter)) else { return value }
        if let zone = zone(tzid: tzid, calendar: event.calendar) {
            return icaltime_set_timezone(&value, zone)
        }
        if unknownTZIDs[tzid] == nil {
            // Outline lines keep their start only, so the id's start finds its line.
            let start = tzid.prefix(CalendarOutline.maxKeptText / 2)
            unknownTZIDs[tzid] = event.record.lines.first { $0.text.contains("TZID=\(start)") || $0.text.contains("TZID=\"\(start)") }?.line
                ?? event.line
        }
        return value
    }

    /// The zone a `TZID` names, looked up once per file and `VCALENDAR`.
    private mutating func zone(tzid: String, calendar: OpaquePointer) -> OpaquePointer? {
        let key = ZoneKey(calendar: calendar, tzid: tzid)
        if let known = zones[key] { return known }
        let found = Self.lookUpZone(tzid: tzid, calendar: calendar)
        zones[key] = .some(found)
        return found
    }

    /// The file's own `VTIMEZONE` of that id, else libical's or the system's zone of that id, else
    /// the system's zone named by its last one to three `/`-separated parts (IANA ids have at most
    /// three: an id such as `/mozilla.org/20050126_1/America/New_York` ends with one). An id longer
    /// than any zone's is unknown.
    private static func lookUpZone(tzid: String, calendar: OpaquePointer) -> OpaquePointer? {
        guard tzid.utf8.count <= LibICal.maxZoneIDBytes else { return nil }
        if let own = icalcomponent_get_timezone(calendar, tzid) { return own }
        if let known = icaltimezone_get_builtin_timezone_from_tzid(tzid) { return known }
        if let known = LibICal.systemZone(tzid) { return known }
        let parts = tzid.split(separator: "/")
        for count in stride(from: min(3, parts.count), through: 1, by: -1) {
            if let known = LibICal.systemZone(parts.suffix(count).joined(separator: "/")) { return known }
        }
        return nil
    }

    /// Seconds since the epoch: a floating time or a date is read in the reader's zone.
    private func seconds(_ value: icaltimetype) -> Int64 {
        Int64(icaltime_as_timet_with_zone(value, value.zone ?? defaultZone))
    }

    private func localDate(_ seconds: Int64) -> CalendarDate {
        Self.date(icaltime_from_timet_with_zone(time_t(seconds), 0, defaultZone))
    }

    private func key(_ value: icaltimetype) -> OccurrenceKey {
        value.is_date != 0 ? .date(Self.date(value)) : .instant(seconds(value))
    }

    /// The first line of the event named `name`, else its `BEGIN` line.
    private static func line(of name: String, in event: Event) -> Int {
        event.record.lines.first { $0.name == name }?.line ?? event.line
    }

    static func date(_ value: icaltimetype) -> CalendarDate {
        CalendarDate(year: Int(value.year), month: Int(value.month), day: Int(value.day))
    }

    /// Days since 1970-01-01 of a time's date.
    static func dayNumber(_ value: icaltimetype) -> Int {
        var date = value
        date.is_date = 1
        date.zone = nil
        return Int(icaltime_as_timet(date) / 86_400)
    }
}
