/// A value that does not fit its grammar. The loader attaches the value's position.
public enum GrammarError: Error, Sendable, Equatable {
    case timeOfDay(String)
    case hourRange(String, detail: String?)
    case daySet(String, detail: String, suggestion: String? = nil)
    case date(String, detail: String?)
    case reversedDateRange(String)
    case recurringBlock(String)
    case duration(String)
    case levelComparison(String)

    /// A stable diagnostic code.
    public var code: String {
        switch self {
        case .timeOfDay: "policy.invalid-time"
        case .hourRange: "policy.invalid-hour-range"
        case .daySet: "policy.invalid-day-set"
        case .date: "policy.invalid-date"
        case .reversedDateRange: "policy.reversed-date-range"
        case .recurringBlock: "policy.invalid-recurring-block"
        case .duration: "policy.invalid-duration"
        case .levelComparison: "policy.invalid-level-comparison"
        }
    }

    /// What is wrong, lowercase, the bad value quoted.
    public var message: String {
        switch self {
        case .timeOfDay(let text): "invalid time of day \(quoted: text)"
        case .hourRange(let text, let detail): "invalid hour range \(quoted: text)" + (detail.map { ": \($0)" } ?? "")
        case .daySet(let text, let detail, _): "invalid day set \(quoted: text): \(detail)"
        case .date(let text, let detail): "invalid date \(quoted: text)" + (detail.map { ": \($0)" } ?? "")
        case .reversedDateRange(let text): "date range \(quoted: text) ends before it starts"
        case .recurringBlock(let text): "invalid recurring block \(quoted: text)"
        case .duration(let text): "invalid duration \(quoted: text)"
        case .levelComparison(let text): "invalid level comparison \(quoted: text)"
        }
    }

    /// How to fix it.
    public var help: String {
        switch self {
        case .timeOfDay: "write a 24-hour time HH:MM between 00:00 and 24:00, such as '09:00'"
        case .hourRange: "write HH:MM-HH:MM, such as '09:00-17:00' or '22:00-06:00' for an overnight range"
        case .daySet(_, _, let suggestion?): "did you mean \(quoted: suggestion)?"
        case .daySet: "write a day (mon … sun), a range 'mon-fri', a list 'mon,wed,fri', or 'weekdays', 'weekends', 'daily'"
        case .date: "write a date YYYY-MM-DD that exists, such as '2026-12-24'"
        case .reversedDateRange: "swap the two dates: a range is FIRST..LAST, both included"
        case .recurringBlock: "write \"DAYS HH:MM-HH:MM\", such as \"mon-fri 09:00-11:00\", or {days: mon-fri, hours: \"09:00-11:00\"}"
        case .duration: "write one of \(PolicyDuration.acceptedForms)"
        case .levelComparison: "write an operator and a level, such as '>= high' or '< urgent'"
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        if let trimmed = utf8.withContiguousStorageIfAvailable(trimmedASCII) ?? nil { return trimmed }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }

    /// The same trimming read byte by byte, for text whose every byte is a character
    /// (``GrammarBytes/areCharacters(_:)``); `nil` for any other text.
    private func trimmedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard GrammarBytes.areCharacters(bytes) else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[GrammarBytes.trimmed(bytes)]), as: UTF8.self)
    }
}
