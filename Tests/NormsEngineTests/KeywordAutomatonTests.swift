@testable import NormsEngine
import Testing

/// Every keyword is found in one pass, as a whole word, case-insensitively.
@Suite struct KeywordAutomatonTests {
    private func found(_ keywords: [String], in texts: [String?]) -> [String] {
        // The plan lowercases keywords before building the automaton, as here.
        let hits = KeywordAutomaton(keywords: keywords.map { $0.lowercased() }).occurrences(in: texts)
        return keywords.indices.filter { hits[$0] }.map { keywords[$0] }
    }

    @Test func findsWholeWordsOnly() {
        #expect(found(["down", "outage", "sev1"], in: ["The site is DOWN!", "no outages here; sev1."]) == ["down", "sev1"])
        #expect(found(["down"], in: ["countdown", "downtime", "down_here", "down2"]) == [])
        #expect(found(["down"], in: ["(down)"]) == ["down"])
    }

    @Test func findsOverlappingAndNestedKeywords() {
        // "he", "she", "hers" overlap; the failure links must find all three in "ushers she he".
        #expect(found(["he", "she", "hers", "his"], in: ["ushers she he"]) == ["he", "she"])
        #expect(found(["data loss", "loss", "data"], in: ["possible data loss tonight"]) == ["data loss", "loss", "data"])
    }

    @Test func matchesCaseInsensitivelyBeyondASCII() {
        #expect(found(["störung", "ÉCHEC"], in: ["Große STÖRUNG im Netz", "un échec total"]) == ["störung", "ÉCHEC"])
        // A combining mark after the match makes it part of a longer word.
        #expect(found(["cafe"], in: ["cafe\u{301} ouvert"]) == [])
        #expect(found(["urgent"], in: ["🔥urgent🔥"]) == ["urgent"])
    }

    @Test func anEmptyKeywordNeverMatchesAndNoTextFindsNothing() {
        #expect(found(["", "x"], in: ["x y"]) == ["x"])
        #expect(found(["x"], in: [nil, nil]) == [])
        #expect(found([], in: ["anything"]) == [])
    }

    @Test func aThousandKeywordsOverALargeBodyIsOnePass() {
        let keywords = (0..<1_000).map { "keyword\($0)" }
        let body = String(repeating: "lorem ipsum keyword12x ", count: 20_000) + "keyword999 end"
        #expect(found(keywords, in: [nil, body]) == ["keyword999"])
    }
}
