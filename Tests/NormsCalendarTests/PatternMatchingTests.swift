import Foundation
@testable import NormsCalendar
import Testing

@Suite("Summary and category patterns")
struct PatternMatchingTests {
    @Test("a pattern matches, ignoring case and surrounding spaces, with * for any text", arguments: [
        ("Focus time", "  focus TIME ", true),
        ("Focus*", "Focus: deep work", true),
        ("*OOO*", "Jan OOO until Monday", true),
        ("OOO*", "Jan OOO", false),
        ("a*b*c", "abc", true),
        ("a*b*c", "acb", false),
        ("a*bab*c", "ababac", true),
        ("a*bab*c", "abaabac", false),
        ("a*bab*c", "abaabbabc", true),
        ("*", "", true),
        ("**", "anything", true),
        ("x*x", "x", false),
        ("", "", true),
        ("Focus", "Focus time", false),
    ])
    func matching(pattern: String, text: String, expected: Bool) {
        #expect(Glob.matches(pattern, text) == expected)
    }

    @Test("a pattern of 4,000 characters against 50,000 instances of a long summary is matched in linear time", .timeLimit(.minutes(5)))
    func linearMatching() {
        let pattern = "*" + String(repeating: "a", count: 4_000) + "b"
        let summary = String(repeating: "a", count: 8_000)
        let counting = EventCounting(focus: .init(summaries: [pattern]))
        let instance = CalendarInstance(
            start: .instant(0), end: .instant(3_600), firstDate: CalendarDate(year: 1970, month: 1, day: 1),
            lastDate: CalendarDate(year: 1970, month: 1, day: 1), summary: summary, categories: [summary], isTransparent: false,
            isCancelled: false, busyStatus: nil, declinedBy: [], startInstant: 0, endInstant: 3_600, position: .init(line: 1, column: 1, offset: 0))
        let instances = Array(repeating: instance, count: 50_000)
        #expect(instances.allSatisfy { counting.meaning(of: $0) == .none })
        #expect(!EventCounting.anyMatches(pattern: pattern, asCategory: true, in: instances))
    }

    @Test("a text is matched by its first 1,000 characters")
    func longText() {
        let text = String(repeating: "x", count: 1_500) + " OOO"
        #expect(Glob.matches("x*", text))
        #expect(!Glob.matches("*OOO", text))
    }
}
