/// How long until something is due: a reply expectation, a notice period, an escalation delay.
///
/// Grammar: `immediate`; `none`; wall clock `45m`, `4h`, `2d` or `45 minutes`, `4 hours`,
/// `2 days` (singular too); business time `4 business hours` (`4bh`), `2 business days` (`2bd`).
/// A wall-clock day is 24 hours of elapsed time. (Not the standard library's `Duration`: this one
/// counts working time too.)
public enum PolicyDuration: Sendable, Hashable, CustomStringConvertible {
    /// Within the policy's `immediate_window` of the moment the recipient is notified.
    case immediate
    /// No reply expected.
    case none
    /// Elapsed time, in minutes.
    case wallClock(minutes: Int)
    /// Hours of the recipient's working time.
    case businessHours(Int)
    /// Working days of the recipient.
    case businessDays(Int)

    /// Whether this is a wall-clock duration (the only kind `notice` and `immediate_window` take).
    public var isWallClock: Bool {
        if case .wallClock = self { return true }
        return false
    }

    /// Whether this counts the recipient's working time.
    public var isBusinessTime: Bool {
        switch self {
        case .businessHours, .businessDays: true
        default: false
        }
    }

    /// The accepted forms, for error messages.
    public static let acceptedForms =
        "'immediate', 'none', '45m', '4h', '2d', '45 minutes', '4 hours', '2 days', '4 business hours' ('4bh') or '2 business days' ('2bd')"

    /// Parses the duration grammar (case-insensitive, spaces between number and unit optional).
    /// - Throws: ``GrammarError`` naming the accepted forms.
    public static func parse(_ text: String) throws(GrammarError) -> PolicyDuration {
        let normalized = text.trimmingWhitespace().lowercased()
        switch normalized {
        case "immediate": return .immediate
        case "none": return .none
        default: break
        }
        let digits = normalized.prefix { $0.isASCII && $0.isNumber }
        let unit = normalized.dropFirst(digits.count).trimmingWhitespace()
            .split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        guard !digits.isEmpty, digits.count <= 7, let count = Int(digits) else { throw .duration(text) }
        switch unit {
        case "m", "min", "mins", "minute", "minutes": return .wallClock(minutes: count)
        case "h", "hour", "hours": return .wallClock(minutes: count * 60)
        case "d", "day", "days": return .wallClock(minutes: count * 1440)
        case "bh", "business hour", "business hours": return .businessHours(count)
        case "bd", "business day", "business days": return .businessDays(count)
        default: throw .duration(text)
        }
    }

    /// The canonical form: `immediate`, `none`, a wall-clock duration in the largest unit that
    /// divides it exactly (`90m`, `4h`, `1d`, `36h`), or `1 business hour`, `4 business hours`,
    /// `1 business day`, `2 business days`.
    public var description: String {
        switch self {
        case .immediate: "immediate"
        case .none: "none"
        case .wallClock(let minutes):
            if minutes > 0 && minutes % 1440 == 0 { "\(minutes / 1440)d" }
            else if minutes > 0 && minutes % 60 == 0 { "\(minutes / 60)h" }
            else { "\(minutes)m" }
        case .businessHours(let count): count == 1 ? "1 business hour" : "\(count) business hours"
        case .businessDays(let count): count == 1 ? "1 business day" : "\(count) business days"
        }
    }
}
