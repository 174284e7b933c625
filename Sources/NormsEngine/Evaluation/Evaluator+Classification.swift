import NormsPolicy

extension Evaluator {
    /// The message's final level, as a rank: it starts at the message's level (or the default)
    /// and rises to the highest level of every matching rule with a `level` effect, repeated
    /// until nothing changes. It only rises, so this ends after at most one pass per level.
    ///
    /// The trace records a level rule as held when it held in any pass, since it then took part
    /// in the classification even if a higher level later made its conditions false.
    func classify(_ message: Message, facts: MessageFacts, tracer: (any EvaluationTracer)?) -> Int {
        var facts = facts
        var held = [Bool](repeating: false, count: plan.levelRules.count)
        while true {
            var raised = facts.levelRank
            for (position, index) in plan.levelRules.enumerated() {
                let rule = plan.rules[index]
                // A level rule never names a recipient (the loader refuses it), so the message decides.
                guard rule.verdict(for: facts) != nil else { continue }
                held[position] = true
                raised = max(raised, rule.levelRank ?? raised)
            }
            if raised <= facts.levelRank { break }
            facts.levelRank = raised
        }
        if let tracer {
            for (position, index) in plan.levelRules.enumerated() {
                let rule = plan.rules[index]
                let failure = held[position] ? nil : explainFailure(of: rule, facts: facts, recipient: nil)
                tracer.record(RuleTrace(recipient: nil, rule: rule.id, held: held[position], failedCondition: failure, source: rule.source))
            }
        }
        return facts.levelRank
    }
}
