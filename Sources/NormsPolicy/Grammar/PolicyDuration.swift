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
        var utf8 = text
        guard let duration = utf8.withUTF8(parse(utf8:)) else { throw .duration(text) }
        return duration
    }

    /// The duration the UTF-8 text spells, read byte by byte; `nil` when it spells none.
    ///
    /// Around the text and between number and unit, spaces, tabs, line feeds and carriage returns
    /// are skipped; between the words of a unit, runs of spaces and tabs. Every form is ASCII, and
    /// no other character lowercases to a letter of a unit, so text with any other character
    /// spells none; nor does text with a CR LF pair, which is one character and not a space.
    private static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> PolicyDuration? {
        guard GrammarBytes.areCharacters(bytes) else { return nil }
        func lowercased(_ byte: UInt8) -> UInt8 {
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 0x20 : byte
        }
        let trimmed = GrammarBytes.trimmed(bytes)
        let (start, end) = (trimmed.lowerBound, trimmed.upperBound)
        // Made in place: a lazily lowercased slice would be copied through a dynamic cast.
        let whole = String(unsafeUninitializedCapacity: end - start) { buffer in
            for index in start..<end { buffer[index - start] = lowercased(bytes[index]) }
            return end - start
        }
        switch whole {
        case "immediate": return .immediate
        case "none": return PolicyDuration.none
        default: break
        }
        var position = start
        var count = 0
        while position < end, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
            // More than seven digits spell no duration; counting stops before it could overflow.
            if position - start < 8 { count = count * 10 + Int(bytes[position] - UInt8(ascii: "0")) }
            position += 1
        }
        let digits = position - start
        guard digits > 0, digits <= 7 else { return nil }
        while position < end, GrammarBytes.isSpace(bytes[position]) { position += 1 }
        // The unit's words, joined by single spaces.
        var unit: [UInt8] = []
        unit.reserveCapacity(end - position)
        while position < end {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                if unit.last != UInt8(ascii: " ") { unit.append(UInt8(ascii: " ")) }
            } else {
                unit.append(lowercased(byte))
            }
        }
        switch String(decoding: unit, as: UTF8.self) {
        case "m", "min", "mins", "minute", "minutes": return .wallClock(minutes: count)
        case "h", "hour", "hours": return .wallClock(minutes: count * 60)
        case "d", "day", "days": return .wallClock(minutes: count * 1440)
        case "bh", "business hour", "business hours": return .businessHours(count)
        case "bd", "business day", "business days": return .businessDays(count)
        default: return nil
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
