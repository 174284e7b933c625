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
                                    failedCondition: holds ? nil : explainFailure(of: rule, facts: facts, recipient: recipient),
                                    source: rule.source))
        }
    }

    /// Why a rule does not hold, as `kind: question is not decision` or `unless held: channel`;
    /// `nil` when it holds.
    func explainFailure(of rule: CompiledRule, facts: MessageFacts, recipient: ExplainedRecipient?) -> String? {
        if let when = rule.when, let key = failedCondition(when, facts: facts, recipient: recipient) {
            return describe(key, of: when.source, facts: facts, recipient: recipient)
        }
        if let unless = rule.unless, failedCondition(unless, facts: facts, recipient: recipient) == nil {
            let names = CompiledConditions.Key.allCases.filter { isNamed($0, in: unless.source) }.map(\.rawValue)
            return "unless held" + (names.isEmpty ? "" : ": " + names.joined(separator: ", "))
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
                          recipient: ExplainedRecipient?) -> String {
        switch key {
        case .channel:
            return "channel: \(policy.channels[facts.channel].id.value) is not \(list(conditions.channel ?? []))"
        case .kind:
            guard let kind = facts.kind else { return "kind: the message names no kind" }
            return "kind: \(kind) is not \(list(conditions.kind ?? []))"
        case .level:
            return "level: the level does not match \(conditions.level.map { "\($0.value)" } ?? "")"
        case .tags:
            return "tags: the message's tags do not match"
        case .keywords:
            return "keywords: none of \(list(conditions.keywords ?? [])) appears in the subject or body"
        case .from:
            return "from: \(facts.sender.id) is not \(list(conditions.from ?? []))"
        case .to:
            guard let recipient else { return "to: no recipient" }
            return "to: \(recipient.id) is not \(list(conditions.to ?? []))"
        case .recipientState:
            guard let recipient else { return "recipient_state: no recipient" }
            let states = (conditions.recipientState ?? []).map(\.value.rawValue).joined(separator: " or ")
            return "recipient_state: \(recipient.state.rawValue) is not \(states)"
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

    private func list(_ values: [Located<String>]) -> String {
        values.count == 1 ? values[0].value : "any of " + values.map(\.value).joined(separator: ", ")
    }
}
