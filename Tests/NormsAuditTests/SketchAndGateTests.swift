import NormsAudit
import Testing

@Suite("Quantiles, top lists and gates")
struct SketchAndGateTests {
    @Test func smallSamplesAreExactByNearestRank() {
        var sketch = QuantileSketch()
        for value in [50, 10, 40, 20, 30] { sketch.add(value) }
        // Sorted 10 20 30 40 50: median rank ⌈2.5⌉ = 3 → 30; p90 rank ⌈4.5⌉ = 5 → 50.
        #expect(sketch.quantile(0.5) == 30)
        #expect(sketch.quantile(0.9) == 50)
        #expect(QuantileSketch().quantile(0.5) == nil)
    }

    @Test func largeSamplesStayWithinOnePercent() {
        var sketch = QuantileSketch()
        // 1…100,000 seconds: the median is 50,000, p90 90,000.
        for value in 1...100_000 { sketch.add(value) }
        let median = Double(sketch.quantile(0.5)!)
        let p90 = Double(sketch.quantile(0.9)!)
        #expect(abs(median - 50_000) / 50_000 < 0.01)
        #expect(abs(p90 - 90_000) / 90_000 < 0.01)
    }

    @Test func topCounterIsExactUnderItsCapacityAndKeepsHeavyHitters() {
        var counter = TopCounter(capacity: 3)
        for key in ["a", "b", "a", "c", "a", "b"] { counter.add(key) }
        #expect(counter.top(2).map(\.key) == ["a", "b"])
        #expect(counter.isExact)
        for index in 0..<50 { counter.add("x\(index)") }
        for _ in 0..<100 { counter.add("heavy") }
        #expect(counter.top(1).first?.key == "heavy")
        #expect(!counter.isExact)
    }

    @Test func gatesParseAndJudge() throws {
        let gates = try AuditThreshold.parse("compliance=0.9,protected=0.5")
        #expect(gates == [AuditThreshold(metric: .compliance, minimum: 0.9), AuditThreshold(metric: .protected, minimum: 0.5)])
        let report = try AuditFixture.audit(AuditFiguresTests.log)
        // compliance 0.4 < 0.9; protected 2/4 = 0.5 meets 0.5.
        #expect(gates[0].failure(in: report) == "compliance is 40.0%, under the minimum of 90.0%")
        #expect(gates[1].failure(in: report) == nil)
        #expect(throws: Error.self) { try AuditThreshold.parse("complience=0.9") }
        #expect(throws: Error.self) { try AuditThreshold.parse("compliance=1.5") }
    }
}
