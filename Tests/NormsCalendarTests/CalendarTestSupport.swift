import Foundation
@testable import NormsCalendar
import NormsSource

/// Calendars written inline, read the way the policy loader reads them.
enum CalendarTestSupport {
    /// The copied corpus of the Python `icalendar` package (BSD licence beside it).
    static let corpus: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("icalendar-tests")

    /// Seconds since the epoch of an RFC 3339 UTC time such as `2026-03-02T14:00:00Z`.
    static func seconds(_ text: String) -> Int64 {
        Int64(ISO8601DateFormatter().date(from: text)!.timeIntervalSince1970)
    }

    /// The window 2020-01-01 to 2030-01-01.
    static let wideWindow = CalendarWindow(start: seconds("2020-01-01T00:00:00Z"), end: seconds("2030-01-01T00:00:00Z"))

    /// A VCALENDAR around `body` (lines joined with CR LF, as RFC 5545 writes them).
    static func calendar(_ body: [String]) -> SourceFile {
        SourceFile(path: "test.ics", text: (["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"] + body + ["END:VCALENDAR"]).joined(separator: "\r\n") + "\r\n")
    }

    static func read(_ body: [String], zone: String = "UTC", window: CalendarWindow = wideWindow,
                     limits: CalendarLimits = .default) -> CalendarExpansion {
        CalendarReader(window: window, zone: zone, limits: limits).read(calendar(body))
    }

    /// The instants at which timed instances start, as UTC text.
    static func starts(_ expansion: CalendarExpansion) -> [String] {
        expansion.instances.map { instance in
            switch instance.start {
            case .instant(let seconds):
                let formatter = ISO8601DateFormatter()
                return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
            case .date(let date):
                return date.description
            }
        }
    }
}
