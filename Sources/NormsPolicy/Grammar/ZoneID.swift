import Foundation
import NormsSource

/// What a `timezone` value names: an IANA region id to use, an alias of one, or something that
/// gives wrong local times without a word (an abbreviation, a fixed offset) or names no zone.
///
/// Only a region id (`America/New_York`) knows when its clocks change: `EST` is a fixed −05:00, so
/// in July a New York team written as `EST` is an hour off; `UTC+1` is +01:00 all year, so a Berlin
/// team is an hour off all summer. `UTC` itself is accepted: it never changes its clocks, and says so.
///
/// Policies, messages and test files classify zones with ``classify(_:knows:)`` alone, so one value
/// is judged the same everywhere. Aliases come from a table (see ``legacyNames``) rather than from
/// the system's `tzdata` files, which do not ship the `backward` file on every system.
public enum ZoneID: Sendable, Hashable {
    /// An IANA region id (`Europe/Berlin`) or `UTC`: accepted.
    case region(String)
    /// An alias the time-zone database keeps for compatibility (`US/Eastern`, `Asia/Calcutta`,
    /// `GMT`): accepted with a warning that names the `current` id.
    case legacy(String, current: String)
    /// A time-zone abbreviation (`EST`, `CET`): rejected; `regions` are the likely region ids,
    /// most likely first.
    case abbreviation(String, regions: [String])
    /// A fixed offset (`UTC+1`, `+01:00`, `Etc/GMT-1`), `minutes` east of UTC: rejected;
    /// `regions` are region ids whose standard time has that offset.
    case fixedOffset(String, minutes: Int, regions: [String])
    /// Nothing the time-zone database knows; `suggestion` is the closest known id.
    case unknown(String, suggestion: String?)

    // MARK: - Classification

    /// Classifies a `timezone` value.
    /// - Parameters:
    ///   - text: the value as written; letter case matters for region ids (`europe/paris` is unknown).
    ///   - knows: whether the system's time-zone database has a zone of that id; Foundation's by default.
    public static func classify(_ text: String, knows: (String) -> Bool = { TimeZone(identifier: $0) != nil }) -> ZoneID {
        if text == "UTC" { return .region(text) }
        if let current = legacyNames[text] { return .legacy(text, current: current) }
        if let minutes = fixedOffsetMinutes(text) {
            return .fixedOffset(text, minutes: minutes, regions: regions(atStandardOffset: minutes, knows: knows))
        }
        if !text.contains("/"), let regions = abbreviationRegions(text) { return .abbreviation(text, regions: regions) }
        if text.contains("/"), !text.hasPrefix("Etc/"), knows(text) { return .region(text) }
        return .unknown(text, suggestion: Suggestions.closest(to: text, in: knownIDs))
    }

    /// The value as written.
    public var text: String {
        switch self {
        case .region(let text), .legacy(let text, _), .abbreviation(let text, _), .fixedOffset(let text, _, _),
             .unknown(let text, _): text
        }
    }

    /// The id to evaluate with: the value itself for a region id, the alias when the system knows
    /// it (else its current id), `nil` for a value that is rejected.
    public func usableID(knows: (String) -> Bool = { TimeZone(identifier: $0) != nil }) -> String? {
        switch self {
        case .region(let id): id
        case .legacy(let id, let current): knows(id) ? id : current
        case .abbreviation, .fixedOffset, .unknown: nil
        }
    }

    // MARK: - Diagnostics

    /// The diagnostic code of a value that is not a plain region id; `nil` for a region id.
    public var code: PolicyDiagnosticCode? {
        switch self {
        case .region: nil
        case .legacy: .legacyTimezone
        case .abbreviation: .timezoneAbbreviation
        case .fixedOffset: .fixedOffsetTimezone
        case .unknown: .unknownTimezone
        }
    }

    /// `warning` for an alias, `error` for a rejected value, `nil` for a region id.
    public var severity: Severity? {
        switch self {
        case .region: nil
        case .legacy: .warning
        case .abbreviation, .fixedOffset, .unknown: .error
        }
    }

    /// What is wrong, lowercase, the value quoted; `nil` for a region id.
    public var message: String? {
        switch self {
        case .region: nil
        case .legacy(let text, let current): "time zone \(quoted: text) is an alias of \(quoted: current)"
        case .abbreviation(let text, _): "time zone \(quoted: text) is an abbreviation, not a region id"
        case .fixedOffset(let text, let minutes, _):
            if text.hasPrefix("Etc/GMT") {
                "time zone \(quoted: text) is the fixed offset \(Self.offsetText(minutes)), not a region id (an 'Etc/GMT' name reverses the sign)"
            } else {
                "time zone \(quoted: text) is a fixed offset, not a region id"
            }
        case .unknown(let text, _): "unknown time zone \(quoted: text)"
        }
    }

    /// How to fix it, naming the region ids to write; `nil` for a region id.
    public var help: String? {
        switch self {
        case .region: return nil
        case .legacy(let text, let current):
            guard current == "UTC" else {
                return "write \(quoted: current): the time-zone database keeps \(quoted: text) only for compatibility"
            }
            let london = Self.greenwichNames.contains(text)
                ? "; for the time in the United Kingdom, which changes in summer, write 'Europe/London'" : ""
            return "write 'UTC'\(london)"
        case .abbreviation(_, let regions):
            return "an abbreviation does not say when the clocks change, a region id does; write the id of a place in the zone"
                + Self.choices(regions)
        case .fixedOffset(_, let minutes, let regions):
            let gap = minutes == 0 ? "" : " so local times are an hour off for part of the year,"
            return "a fixed offset ignores daylight saving time,\(gap) and a region id follows it; write the id of a place in the zone"
                + Self.choices(regions)
        case .unknown(_, let suggestion?): return "did you mean \(quoted: suggestion)?"
        case .unknown: return "write an IANA time zone id, such as 'Europe/Berlin', 'America/New_York' or 'UTC'"
        }
    }

    /// `: 'A', 'B' or 'C'`, or examples when there are no ids to offer.
    private static func choices(_ regions: [String]) -> String {
        guard !regions.isEmpty else { return ", such as 'Europe/Berlin' or 'America/New_York'" }
        let quoted = regions.map { "'\($0)'" }
        let list = quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
        return ": \(list)"
    }

    /// `UTC+01:00`, `UTC-03:30`, `UTC+00:00`.
    static func offsetText(_ minutes: Int) -> String {
        let sign = minutes < 0 ? "-" : "+"
        let hours = abs(minutes) / 60
        let rest = abs(minutes) % 60
        return "UTC\(sign)\(hours < 10 ? "0" : "")\(hours):\(rest < 10 ? "0" : "")\(rest)"
    }

    /// The ids a misspelt value is compared with: the system's region ids and `UTC`.
    private static let knownIDs: [String] = TimeZone.knownTimeZoneIdentifiers.filter { $0.contains("/") } + ["UTC"]
}
