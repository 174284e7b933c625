@testable import NormsReporting
import Testing

/// A chunk's output makes room for every line once the first is written, within a bound.
@Suite struct BatchChunkCapacityTests {
    @Test func roomForEveryLineAsLongAsTheFirst() {
        #expect(BatchLineChecker.capacity(firstLineBytes: 1_200, lines: 256) == 307_200)
        #expect(BatchLineChecker.capacity(firstLineBytes: 900, lines: 1) == 900)
    }

    @Test func atMostFourMebibytesAheadOfAnUnusuallyLongFirstLine() {
        #expect(BatchLineChecker.capacity(firstLineBytes: 500_000, lines: 256) == 500_000 + 4_194_304)
    }
}
