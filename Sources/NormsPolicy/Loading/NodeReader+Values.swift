import Foundation
import NormsSource
import NormsYAML

extension NodeReader {
    // MARK: - Durations

    /// Reads a duration.
    /// - Parameter wallClockOnly: accept only elapsed time (`45m`, `4h`, `2d`), for notice periods
    ///   and `immediate_window`.
    func duration(_ field: Field, wallClockOnly: Bool = false) -> Located<Duration>? {
        if case .int(let number)? = field.node.scalar?.resolved {
            let business = wallClockOnly ? "" : ", '\(number) business hours'"
            log.error(.durationWithoutUnit, "duration \(quoted: number) for \(field.label) has no unit", at: field.span,
                      help: "add a unit: '\(number)m' for minutes, '\(number)h' for hours, '\(number)d' for days\(business)")
            return nil
        }
        guard let duration = parse(field, expected: "a duration", Duration.parse) else { return nil }
        if wallClockOnly, !duration.value.isWallClock {
            log.error(.wallClockOnly, "\(field.label) takes elapsed time, not \(quoted: field.node.scalar?.value ?? "\(duration.value)")",
                      at: duration.span, help: "write minutes, hours or days of elapsed time, such as '45m', '24h' or '2d'")
            return nil
        }
        return duration
    }

    /// Reads a wall-clock duration as minutes.
    func minutes(_ field: Field) -> Located<Int>? {
        guard let duration = duration(field, wallClockOnly: true), case .wallClock(let minutes) = duration.value else {
            return nil
        }
        return Located(minutes, at: duration.span)
    }

    // MARK: - Time zones

    /// Reads an IANA time zone id that Foundation knows, such as `Europe/Berlin`.
    func timezone(_ field: Field) -> Located<String>? {
        guard let id = string(field, expected: "a time zone id") else { return nil }
        guard !id.value.isEmpty, TimeZone(identifier: id.value) != nil else {
            log.error(.unknownTimezone, "unknown time zone \(quoted: id.value)", at: id.span,
                      help: Suggestions.didYouMean(id.value, in: TimeZone.knownTimeZoneIdentifiers)
                        ?? "write an IANA time zone id, such as 'Europe/Berlin', 'America/New_York' or 'UTC'")
            return nil
        }
        return id
    }
}
