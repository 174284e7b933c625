import NormsPolicy

extension Evaluator {
    /// The message's final level, as a rank: it starts at the message's level (or the default)
    /// and rises to the highest level of every matching rule with a `level` effect, repeated
    /// until nothing changes. It only rises, so this ends after at most one pass per level.
    ///
    /// The trace records a level rule as held when it held in any pass, since it then took part
    /// in the classification even if a higher level later made its conditions false.
    ///
    /// - Returns: the final rank, and the index of the rule that raised the level to it (the first
    ///   in policy order of the last pass that raised it); `nil` when no rule raised it.
    func classify(_ message: Message, facts: MessageFacts, tracer: (any EvaluationTracer)?) -> (rank: Int, raisedBy: Int?) {
        var facts = facts
        var held = [Bool](repeating: false, count: plan.levelRules.count)
        var raisedBy: Int?
        while true {
            var raised = facts.levelRank
            var raiser: Int?
            for (position, index) in plan.levelRules.enumerated() {
                let rule = plan.rules[index]
                // A level rule never names a recipient (the loader refuses it), so the message decides.
                guard rule.verdict(for: facts) != nil else { continue }
                held[position] = true
                // Strictly higher: among rules giving the same level, the first in policy order raised it.
                if let rank = rule.levelRank, rank > raised {
                    raised = rank
                    raiser = index
                }
            }
            if raised <= facts.levelRank { break }
            facts.levelRank = raised
            raisedBy = raiser
        }
        if let tracer {
            for (position, index) in plan.levelRules.enumerated() {
                let rule = plan.rules[index]
                let failure = held[position] ? nil : explainFailure(of: rule, facts: facts, recipient: nil)
                tracer.record(RuleTrace(recipient: nil, rule: rule.id, held: held[position], failure: failure, source: rule.source))
            }
        }
        return (facts.levelRank, raisedBy)
    }
}
