import NormsPolicy
import NormsSource

/// Explanations for `--explain`: built only when a tracer is given, from the same compiled
/// conditions that decide (``CompiledConditions``), so an explanation can never disagree with
/// the decision.
extension Evaluator {
    /// The recipient a rule is explained for.
    struct ExplainedRecipient {
        let position: Int
        let id: String
        let state: RecipientState
    }

    /// Reports every rule for one recipient, in policy order, held or with its first failure.
    func traceRecipient(_ id: String, position: Int, state: RecipientState, facts: MessageFacts, matched: [Int],
                        into tracer: any EvaluationTracer) {
        let held = Set(matched)
        let recipient = ExplainedRecipient(position: position, id: id, state: state)
        for rule in plan.rules {
            let holds = held.contains(rule.index)
            tracer.record(RuleTrace(recipient: id, rule: rule.id, held: holds,
                                    failure: holds ? nil : explainFailure(of: rule, facts: facts, recipient: recipient),
                                    source: rule.source))
        }
    }

    /// Why a rule does not hold: its first failed `when` condition, or its `unless` holding;
    /// `nil` when it holds.
    func explainFailure(of rule: CompiledRule, facts: MessageFacts, recipient: ExplainedRecipient?) -> ConditionFailure? {
        if let when = rule.when, let key = failedCondition(when, facts: facts, recipient: recipient) {
            return describe(key, of: when.source, facts: facts, recipient: recipient)
        }
        if let unless = rule.unless, failedCondition(unless, facts: facts, recipient: recipient) == nil {
            let names = CompiledConditions.Key.allCases.filter { isNamed($0, in: unless.source) }.map(\.rawValue)
            return ConditionFailure(key: .unless, expected: names, actual: nil, position: unless.source.span)
        }
        return nil
    }

    private func failedCondition(_ conditions: CompiledConditions, facts: MessageFacts,
                                 recipient: ExplainedRecipient?) -> CompiledConditions.Key? {
        if let key = conditions.failedMessageCondition(facts) { return key }
        guard let recipient else {
            // During classification there is no recipient: a recipient condition cannot hold.
            if conditions.recipients != nil { return .to }
            return conditions.states != nil ? .recipientState : nil
        }
        return conditions.failedRecipientCondition(recipient: recipient.position, state: recipient.state)
    }

    private func describe(_ key: CompiledConditions.Key, of conditions: Conditions, facts: MessageFacts,
                          recipient: ExplainedRecipient?) -> ConditionFailure {
        func failure(_ key: ConditionFailure.Key, _ values: [Located<String>]?, actual: String?) -> ConditionFailure {
            let values = values ?? []
            return ConditionFailure(key: key, expected: values.map(\.value), actual: actual,
                                    position: values.first?.span ?? conditions.span)
        }
        switch key {
        case .channel:
            return failure(.channel, conditions.channel, actual: policy.channels[facts.channel].id.value)
        case .kind:
            return failure(.kind, conditions.kind, actual: facts.kind)
        case .level:
            return ConditionFailure(key: .level, expected: conditions.level.map { ["\($0.value)"] } ?? [],
                                    actual: policy.levels[facts.levelRank].value, position: conditions.level?.span ?? conditions.span)
        case .tags:
            return failure(.tags, conditions.tags?.value.tags, actual: nil)
        case .keywords:
            return failure(.keywords, conditions.keywords, actual: nil)
        case .from:
            return failure(.from, conditions.from, actual: facts.senderID)
        case .to:
            return failure(.to, conditions.to, actual: recipient?.id)
        case .recipientState:
            let states = conditions.recipientState ?? []
            return ConditionFailure(key: .recipientState, expected: states.map(\.value.rawValue), actual: recipient?.state.rawValue,
                                    position: states.first?.span ?? conditions.span)
        }
    }

    private func isNamed(_ key: CompiledConditions.Key, in conditions: Conditions) -> Bool {
        switch key {
        case .channel: conditions.channel != nil
        case .kind: conditions.kind != nil
        case .level: conditions.level != nil
        case .tags: conditions.tags != nil
        case .keywords: conditions.keywords != nil
        case .from: conditions.from != nil
        case .to: conditions.to != nil
        case .recipientState: conditions.recipientState != nil
        }
    }
}
