import ArgumentParser
import Foundation
import NormsCalendar
import NormsEngine
import NormsPolicy
import NormsReporting
import NormsSource

extension Norms {
    /// `norms calendar`: what TeamNorms reads from iCalendar files.
    struct CalendarCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "calendar",
            abstract: "Show what TeamNorms reads from an iCalendar (.ics) file.",
            subcommands: [Expand.self])
    }
}

extension Norms.CalendarCommand {
    /// `norms calendar expand`: the event instances of a file in a window, and how they count.
    struct Expand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "expand",
            abstract: "List the event instances of an .ics file between two dates, and how a policy counts each.",
            discussion: """
                Recurring events are expanded by libical (RRULE, RDATE, EXDATE, RECURRENCE-ID \
                overrides, VTIMEZONE). Each instance has its start and end (RFC 3339, in --timezone), \
                its summary, and what it counts as with a policy's default 'calendar:' patterns: away \
                (an out-of-office status or an all-day event), focus (summary or category 'Focus time' \
                or 'Focus'), none, or ignored (cancelled or transparent).
                --from and --to are dates (YYYY-MM-DD, both included, in --timezone) or RFC 3339 \
                timestamps; instances that overlap the window are listed. Floating times and all-day \
                dates are read in --timezone. Problems in the file are reported on standard error \
                with their line.
                Exit codes: 0 listed; 2 the file cannot be read as a calendar, or a bad date or zone.
                """)

        @Argument(help: "The .ics file.")
        var file: String

        @Option(help: "The first date (YYYY-MM-DD) or instant (RFC 3339) of the window.")
        var from: String

        @Option(help: "The last date (YYYY-MM-DD, included) or the end instant (RFC 3339) of the window.")
        var to: String

        @Option(help: "The IANA zone for floating times, all-day dates and the output (default UTC).")
        var timezone: String = "UTC"

        @Option(help: "Output format: text or json.")
        var format: CheckFormat = .text

        func run() throws {
            let zone = try Self.zone(timezone)
            let clock = ZoneClock(zone: TimeZone(identifier: zone)!, identifier: zone)
            let start = try Self.instant(from, option: "--from", clock: clock, endOfDay: false)
            let end = try Self.instant(to, option: "--to", clock: clock, endOfDay: true)
            guard start < end else {
                Console.error("error: --to \(quoted: to) is not after --from \(quoted: from)")
                throw ExitStatus.invalidInput
            }
            let source: SourceFile
            do {
                source = try SourceFile.read(path: file)
            } catch {
                Console.report(error)
                throw ExitStatus.invalidInput
            }
            let window = CalendarWindow(start: Int64(start), end: Int64(end))
            let expansion = CalendarReader(window: window, zone: zone).read(source)
            if !expansion.diagnostics.isEmpty { Console.report(expansion.diagnostics) }
            guard !expansion.hasErrors else { throw ExitStatus.invalidInput }
            let listed = expansion.instances.filter { window.overlaps(start: $0.startInstant, end: $0.endInstant) }
            let counting = EventCounting()
            switch format {
            case .json: Console.write(CalendarListing.json(listed, counting: counting, clock: clock).pretty + "\n")
            case .text: Console.write(CalendarListing.text(listed, counting: counting, clock: clock))
            }
        }

        /// The zone named by `--timezone`: a region id or `UTC`, as in policies.
        static func zone(_ text: String) throws -> String {
            let zone = ZoneID.classify(text)
            guard let id = zone.usableID(), TimeZone(identifier: id) != nil else {
                Console.error("error: --timezone: \(zone.message ?? "\(quoted: text) is not a time zone")"
                              + (zone.help.map { " (\($0))" } ?? ""))
                throw ExitStatus.invalidInput
            }
            return id
        }

        /// A date (its midnight, or the next midnight for the end of the window) or an RFC 3339 instant.
        static func instant(_ text: String, option: String, clock: ZoneClock, endOfDay: Bool) throws -> Instant {
            if let timestamp = Timestamp.parse(text) { return timestamp.instant }
            guard let date = try? LocalDate.parse(text) else {
                Console.error("error: \(option) \(quoted: text) is neither a date (2026-12-01) nor an RFC 3339 timestamp (2026-12-01T09:00:00+01:00)")
                throw ExitStatus.invalidInput
            }
            return clock.startOfDay(endOfDay ? date.adding(days: 1) : date)
        }
    }
}

/// The listing of `norms calendar expand`.
enum CalendarListing {
    static func json(_ instances: [CalendarInstance], counting: EventCounting, clock: ZoneClock) -> JSONValue {
        .object([("instances", .array(instances.map { instance in
            let meaning = counting.meaning(of: instance)
            return .object([
                ("start", .string(clock.timestamp(Int(instance.startInstant)).description)),
                ("end", .string(clock.timestamp(Int(instance.endInstant)).description)),
                ("all_day", .bool(instance.isAllDay)),
                ("summary", .string(instance.summary)),
                ("categories", .array(instance.categories.map(JSONValue.string))),
                ("counts_as", .string(meaning.name)),
                ("reason", .optional(meaning.reason)),
                ("line", .int(instance.position.line)),
            ])
        }))])
    }

    static func text(_ instances: [CalendarInstance], counting: EventCounting, clock: ZoneClock) -> String {
        var text = ""
        for instance in instances {
            let meaning = counting.meaning(of: instance)
            let reason = meaning.reason.map { " (\($0))" } ?? ""
            text += "\(clock.timestamp(Int(instance.startInstant)))  \(clock.timestamp(Int(instance.endInstant)))  "
                + "\(meaning.name.padding(toLength: 7, withPad: " ", startingAt: 0))  \(DisplayText.escaped(instance.summary))\(reason)\n"
        }
        return text + "\(instances.count) instance\(instances.count == 1 ? "" : "s")\n"
    }
}
