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

    @Test(.timeLimit(.minutes(5)))
    func topCounterEvictsAsAScanWould() {
        // The reference: Space-Saving with a scan for the least counted (then the greatest key).
        var reference: [String: Int] = [:]
        var counter = TopCounter(capacity: 50)
        var state: UInt64 = 42
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Skewed keys: a few heavy ones and a long tail.
            let value = Int(state >> 33) % 1_000
            let key = "k\(value < 500 ? value % 20 : value)"
            counter.add(key)
            if let count = reference[key] {
                reference[key] = count + 1
            } else if reference.count < 50 {
                reference[key] = 1
            } else {
                let least = reference.min { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!
                reference.removeValue(forKey: least.key)
                reference[key] = least.value + 1
            }
        }
        let expected = reference.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        #expect(counter.top(50).map { "\($0.key)=\($0.count)" } == expected.map { "\($0.key)=\($0.value)" })
    }

    @Test func topCounterKeepsLongKeysShort() {
        var counter = TopCounter(capacity: 10)
        let start = String(repeating: "é", count: 100_000)
        for _ in 0..<3 { counter.add(start + "a") }
        counter.add(start + "b")
        let top = counter.top(2)
        #expect(top.map(\.count) == [3, 1])
        #expect(top.allSatisfy { $0.key.utf8.count <= TopCounter.maxKeyBytes })
        #expect(top[0].key.hasPrefix("ééé"))
        #expect(top[0].key != top[1].key)
        #expect(counter.isExact)
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
