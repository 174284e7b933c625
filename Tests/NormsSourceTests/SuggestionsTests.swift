import NormsSource
import Testing

/// "did you mean …?" hints: the closest candidate within a third of the word's length.
@Suite struct SuggestionsTests {
    private let channels = ["email", "slack", "sms", "phone"]

    @Test(arguments: [
        ("emial", "email"), ("EMAIL", "email"), ("slak", "slack"), ("phnoe", "phone"), ("sm", "sms"),
    ])
    func closeTyposFindTheirCandidate(_ word: String, _ expected: String) {
        #expect(Suggestions.closest(to: word, in: channels) == expected)
    }

    @Test(arguments: ["pager", "", "x", "telephone"])
    func distantWordsFindNothing(_ word: String) {
        #expect(Suggestions.closest(to: word, in: channels) == nil)
    }

    @Test func tiesGoToTheEarlierCandidate() {
        #expect(Suggestions.closest(to: "cat", in: ["bat", "hat"]) == "bat")
        #expect(Suggestions.closest(to: "cat", in: ["hat", "bat"]) == "hat")
    }

    @Test func exactMatchIsItsOwnSuggestion() {
        #expect(Suggestions.closest(to: "sms", in: channels) == "sms")
    }

    @Test func didYouMeanPhrasesTheHint() {
        #expect(Suggestions.didYouMean("emial", in: channels) == "did you mean 'email'?")
        #expect(Suggestions.didYouMean("pager", in: channels) == nil)
    }
}
