@testable import NormsEngine
import Testing

/// ``Evaluator/forAnotherThread()``: the evaluator each batch worker takes, so that workers do not
/// contend for the reference counts of one plan.
@Suite("Evaluator for another thread")
struct EvaluatorForAnotherThreadTests {
    @Test func itDecidesEveryCorpusMessageAsTheOriginalDoes() throws {
        let originals = try DecisionFixture.evaluators()
        let copies = originals.mapValues { $0.forAnotherThread() }
        let items = DecisionCorpus.items(count: 3_000)
        let differing = items.filter { item in
            DecisionFixture.decide(item, with: originals[item.policy]!) != DecisionFixture.decide(item, with: copies[item.policy]!)
        }
        #expect(differing.isEmpty, "the first that differs: \(differing.first?.text ?? "")")
    }

    @Test func itSharesNoCompiledRuleWithTheOriginal() throws {
        for (name, original) in try DecisionFixture.evaluators() {
            let copy = original.forAnotherThread()
            #expect(!original.plan.rules.isEmpty, "\(name) has no rule")
            #expect(copy.plan.rules.count == original.plan.rules.count)
            for (own, shared) in zip(copy.plan.rules, original.plan.rules) {
                #expect(own !== shared, "\(name): rule \(own.id) is the original's object")
                #expect(own.id == shared.id)
            }
        }
    }
}
