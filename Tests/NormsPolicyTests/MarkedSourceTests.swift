import NormsSource
import NormsTestSupport
import Testing

@Suite("Marked test sources")
struct MarkedSourceTests {
    @Test func stripsMarkersAndRecordsPositions() {
        let source = MarkedSource("a: ↓1\n↓b: [x, ↓y]\n")
        #expect(source.text == "a: 1\nb: [x, y]\n")
        #expect(source.markers == [
            SourcePosition(line: 1, column: 4, offset: 3),
            SourcePosition(line: 2, column: 1, offset: 5),
            SourcePosition(line: 2, column: 8, offset: 12),
        ])
    }

    @Test func countsColumnsInScalarsAndOffsetsInBytes() {
        let source = MarkedSource("name: Zoë ↓x\n")
        #expect(source.marker == SourcePosition(line: 1, column: 11, offset: 11))
        let file = source.sourceFile()
        #expect(file.position(offset: source.marker.offset) == source.marker)
    }

    @Test func agreesWithSourceFilePositions() {
        let source = MarkedSource("é: ↓1\n  ✓: ↓[a, 🙂, ↓b]\n↓")
        let file = source.sourceFile()
        for marker in source.markers {
            #expect(file.position(offset: marker.offset) == marker)
            #expect(file.position(line: marker.line, column: marker.column) == marker)
        }
    }
}
