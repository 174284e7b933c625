import NormsSource

/// A day or days on which nobody in the policy works, in each recipient's own zone.
public struct Holiday: Sendable, Hashable {
    public var dates: Located<DateRange>
    public var name: String?

    public init(dates: Located<DateRange>, name: String? = nil) {
        self.dates = dates
        self.name = name
    }
}
