/// A value together with the span it was read from.
///
/// Equality and hashing look at the value only: two policies that say the same thing are
/// equal wherever they say it.
@dynamicMemberLookup
public struct Located<Value> {
    /// The value.
    public var value: Value
    /// Where the value was read from.
    public var span: SourceSpan

    public init(_ value: Value, at span: SourceSpan) {
        self.value = value
        self.span = span
    }

    /// Reads a property of the wrapped value.
    public subscript<T>(dynamicMember keyPath: KeyPath<Value, T>) -> T {
        value[keyPath: keyPath]
    }

    /// The same span around a transformed value.
    public func map<T>(_ transform: (Value) throws -> T) rethrows -> Located<T> {
        Located<T>(try transform(value), at: span)
    }
}

extension Located: Sendable where Value: Sendable {}

extension Located: Equatable where Value: Equatable {
    public static func == (lhs: Located, rhs: Located) -> Bool { lhs.value == rhs.value }
}

extension Located: Hashable where Value: Hashable {
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

extension Located: CustomStringConvertible {
    public var description: String { "\(value)" }
}
