@testable import NormsPolicy
import NormsSource
import Testing

/// The set of recipient states the engine and the linter share: one bit a state.
@Suite struct StateSetTests {
    @Test func statesAreOneBitEach() {
        let focusAndAway = StateSet([.focus, .away, .focus])
        // away is bit 0, holiday 1, after_hours 2, focus 3, available 4.
        #expect(focusAndAway.bits == 0b01001)
        #expect(StateSet.all.bits == 0b11111)
        #expect(StateSet().isEmpty)
        #expect(focusAndAway.contains(.focus) && !focusAndAway.contains(.holiday))
        #expect(StateSet([.away]).isSubset(of: focusAndAway))
        #expect(!StateSet([.away, .holiday]).isSubset(of: focusAndAway))
        #expect(focusAndAway.isSubset(of: .all) && StateSet().isSubset(of: focusAndAway))
    }

    @Test func aListAsAPolicyWritesItGivesTheSameSet() {
        let span = SourceSpan.synthetic("test")
        #expect(StateSet([Located(.focus, at: span), Located(.away, at: span)]).bits == 0b01001)
        #expect(StateSet([Located(RecipientState.holiday, at: span)]) == StateSet([.holiday]))
        #expect(StateSet([Located<RecipientState>]()).isEmpty)
    }
}
