import NormsPolicy

extension Evaluator {
    /// The message's final level, as a rank: it starts at the message's level (or the default)
    /// and rises to the highest level of every matching rule with a `level` effect, repeated
    /// until nothing changes. It only rises, so this ends after at most one pass per level.
    ///
    /// The trace records a level rule as held when it held in any pass, since it then took part
    /// in the classification even if a higher level later made its conditions false.
    func classify(_ message: Message, sender: Sender, matcher: ConditionMatcher, traces: inout [RuleTrace], tracing: Bool) -> Int {
        let start = message.level.flatMap { levelRanks[$0.value] } ?? levelRanks[policy.defaultLevel.value] ?? 0
        let levelRules = policy.rules.filter { $0.then.level != nil }
        var rank = start
        var held: Set<String> = []
        while true {
            let context = MatchContext(message: message, levelRank: rank, sender: sender, recipient: nil, state: nil)
            let matching = levelRules.filter { matcher.whyNot($0, in: context) == nil }
            held.formUnion(matching.map(\.id.value))
            let raised = matching.compactMap { $0.then.level.flatMap { levelRanks[$0.value] } }.max() ?? rank
            if raised <= rank { break }
            rank = raised
        }
        if tracing {
            let context = MatchContext(message: message, levelRank: rank, sender: sender, recipient: nil, state: nil)
            traces += levelRules.map { rule in
                let didHold = held.contains(rule.id.value)
                let failure = didHold ? nil : matcher.whyNot(rule, in: context)
                return RuleTrace(recipient: nil, rule: rule.id.value, held: didHold, failedCondition: failure, source: rule.span)
            }
        }
        return rank
    }
}
