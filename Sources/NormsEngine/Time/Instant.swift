/// A moment in time: whole seconds since 1970-01-01T00:00:00Z.
///
/// The engine works in whole seconds; sub-second parts of input timestamps are dropped.
public typealias Instant = Int

/// A half-open span of time `[start, end)` between two instants.
package struct InstantInterval: Sendable, Hashable {
    package var start: Instant
    package var end: Instant

    package init(start: Instant, end: Instant) {
        self.start = start
        self.end = end
    }

    /// Whether `instant` lies inside (start included, end excluded).
    package func contains(_ instant: Instant) -> Bool { start <= instant && instant < end }
}
