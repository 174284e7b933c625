import NormsSource
import Testing

@Suite("Ordering of source spans")
struct SourceSpanTests {
    private func span(_ file: String, _ start: (Int, Int, Int), _ end: (Int, Int, Int)) -> SourceSpan {
        SourceSpan(
            file: file,
            start: SourcePosition(line: start.0, column: start.1, offset: start.2),
            end: SourcePosition(line: end.0, column: end.1, offset: end.2)
        )
    }

    @Test func spansWithOneStartAreOrderedByTheirEnd() {
        let short = span("a.yaml", (3, 5, 40), (3, 9, 44))
        let long = span("a.yaml", (3, 5, 40), (4, 2, 60))
        #expect(short != long)
        #expect(short < long)
        #expect(!(long < short))
    }

    @Test func theFileComesBeforeThePosition() {
        #expect(span("a.yaml", (9, 1, 90), (9, 2, 91)) < span("b.yaml", (1, 1, 0), (1, 2, 1)))
    }

    @Test func equalSpansAreNeitherBeforeNorAfterEachOther() {
        let one = span("a.yaml", (2, 3, 12), (2, 8, 17))
        let same = span("a.yaml", (2, 3, 12), (2, 8, 17))
        #expect(one == same)
        #expect(!(one < same) && !(same < one))
    }

    @Test func sortingGivesOneOrderWhateverTheInputOrder() {
        let spans = [
            span("a.yaml", (1, 1, 0), (1, 4, 3)),
            span("a.yaml", (1, 1, 0), (2, 1, 10)),
            span("a.yaml", (1, 2, 1), (1, 3, 2)),
            span("b.yaml", (1, 1, 0), (1, 1, 0)),
        ]
        #expect(spans.reversed().sorted() == spans)
        #expect([spans[2], spans[0], spans[3], spans[1]].sorted() == spans)
    }
}
