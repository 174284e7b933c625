import NormsPolicy

/// A set of recipient states, one bit each, so that comparing two sets is one `and` instead of
/// hashing every state.
struct StateSet: Equatable, Sendable {
    private(set) var bits: UInt8 = 0

    init() {}

    init(_ states: some Sequence<RecipientState>) {
        for state in states { bits |= Self.bit(state) }
    }

    /// Every state.
    static let all = StateSet(RecipientState.allCases)

    var isEmpty: Bool { bits == 0 }

    func contains(_ state: RecipientState) -> Bool { bits & Self.bit(state) != 0 }

    func isSubset(of other: StateSet) -> Bool { bits & ~other.bits == 0 }

    private static func bit(_ state: RecipientState) -> UInt8 {
        switch state {
        case .away: 1 << 0
        case .holiday: 1 << 1
        case .afterHours: 1 << 2
        case .focus: 1 << 3
        case .available: 1 << 4
        }
    }
}
