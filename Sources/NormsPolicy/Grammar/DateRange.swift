/// Consecutive dates, both ends included: `YYYY-MM-DD..YYYY-MM-DD`, or one date.
public struct DateRange: Sendable, Hashable, CustomStringConvertible {
    public let first: LocalDate
    public let last: LocalDate

    public init(first: LocalDate, last: LocalDate) {
        self.first = first
        self.last = last
    }

    /// The range holding one date.
    public init(_ date: LocalDate) {
        self.init(first: date, last: date)
    }

    /// Whether `date` is in the range (ends included).
    public func contains(_ date: LocalDate) -> Bool { first <= date && date <= last }

    /// Whether the last date is before the first, so the range holds nothing.
    public var isReversed: Bool { last < first }

    /// Parses `YYYY-MM-DD` or `YYYY-MM-DD..YYYY-MM-DD`.
    /// - Throws: ``GrammarError`` for a malformed date or a range that ends before it starts.
    public static func parse(_ text: String) throws(GrammarError) -> DateRange {
        let trimmed = text.trimmingWhitespace()
        guard let separator = trimmed.range(of: "..") else {
            return DateRange(try LocalDate.parse(trimmed))
        }
        let first = try LocalDate.parse(String(trimmed[..<separator.lowerBound]))
        let last = try LocalDate.parse(String(trimmed[separator.upperBound...]))
        guard first <= last else { throw .reversedDateRange(text) }
        return DateRange(first: first, last: last)
    }

    public var description: String { first == last ? "\(first)" : "\(first)..\(last)" }
}
