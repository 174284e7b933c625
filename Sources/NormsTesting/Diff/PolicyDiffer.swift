import NormsEngine
import NormsPolicy

/// Evaluates the same messages against two versions of a policy and lists what changed.
public struct PolicyDiffer: Sendable {
    public let old: Evaluator
    public let new: Evaluator

    public init(old: Policy, new: Policy) {
        self.old = Evaluator(policy: old)
        self.new = Evaluator(policy: new)
    }

    /// The messages whose decision differs, each with its changed fields.
    public func diff(_ messages: [SourcedMessage]) -> PolicyDiff {
        let changed = messages.compactMap { sourced -> MessageChange? in
            let changes = DecisionComparer.changes(evaluate(old, sourced.message), evaluate(new, sourced.message))
            return changes.isEmpty ? nil : MessageChange(source: sourced.source, changes: changes)
        }
        return PolicyDiff(total: messages.count, messages: changed)
    }

    private func evaluate(_ evaluator: Evaluator, _ message: Message) -> Result<Decision, InputError> {
        do {
            return .success(try evaluator.evaluate(message))
        } catch {
            return .failure(error)
        }
    }
}
