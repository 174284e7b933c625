import NormsSource

/// A set of recipient states, one bit each: testing a state is one `and`, and comparing two sets
/// hashes nothing. The engine tests `recipient_state` and `breaks_through` with it, and the linter
/// compares rules' lists of states.
package struct StateSet: Equatable, Sendable {
    @usableFromInline var bits: UInt8 = 0

    package init() {}

    @inlinable package init(_ states: some Sequence<RecipientState>) {
        for state in states { bits |= Self.bit(state) }
    }

    /// The states of a list as a policy writes it, without making a list of the states alone.
    @inlinable package init(_ states: [Located<RecipientState>]) {
        for state in states { bits |= Self.bit(state.value) }
    }

    /// Every state.
    package static let all = StateSet(RecipientState.allCases)

    package var isEmpty: Bool { bits == 0 }

    @inlinable package func contains(_ state: RecipientState) -> Bool { bits & Self.bit(state) != 0 }

    package func isSubset(of other: StateSet) -> Bool { bits & ~other.bits == 0 }

    @inlinable static func bit(_ state: RecipientState) -> UInt8 {
        switch state {
        case .away: 1 << 0
        case .holiday: 1 << 1
        case .afterHours: 1 << 2
        case .focus: 1 << 3
        case .available: 1 << 4
        }
    }
}
