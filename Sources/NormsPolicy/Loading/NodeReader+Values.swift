import Foundation
import NormsSource
import NormsYAML

extension NodeReader {
    // MARK: - Durations

    /// Reads a duration.
    /// - Parameter wallClockOnly: accept only elapsed time (`45m`, `4h`, `2d`), for notice periods
    ///   and `immediate_window`.
    func duration(_ field: Field, wallClockOnly: Bool = false) -> Located<PolicyDuration>? {
        if case .int(let number)? = field.node.scalar?.resolved {
            let business = wallClockOnly ? "" : ", '\(number) business hours'"
            log.error(.durationWithoutUnit, "duration \(quoted: number) for \(field.label) has no unit", at: field.span,
                      help: "add a unit: '\(number)m' for minutes, '\(number)h' for hours, '\(number)d' for days\(business)")
            return nil
        }
        guard let duration = parse(field, expected: "a duration", PolicyDuration.parse) else { return nil }
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

    /// Reads an IANA region id, such as `Europe/Berlin`, or `UTC`; an alias (`US/Eastern`) is read
    /// with a warning, an abbreviation, a fixed offset or an unknown id is an error (see ``ZoneID``).
    func timezone(_ field: Field) -> Located<String>? {
        guard let id = string(field, expected: "a time zone id") else { return nil }
        let zone = ZoneID.classify(id.value)
        if let code = zone.code, let severity = zone.severity, let message = zone.message {
            log.report(Diagnostic(code: code.rawValue, severity: severity, message: message, span: id.span, help: zone.help))
        }
        return zone.usableID().map { Located($0, at: id.span) }
    }
}
