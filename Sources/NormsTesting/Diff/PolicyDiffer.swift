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
        var changed: [MessageChange] = []
        var refusedByBoth = 0
        for sourced in messages {
            let (before, after) = (evaluate(old, sourced.message), evaluate(new, sourced.message))
            let changes = DecisionComparer.changes(before, after, for: sourced.message)
            if !changes.isEmpty {
                changed.append(MessageChange(source: sourced.source, changes: changes))
            } else if case .failure = before {
                refusedByBoth += 1
            }
        }
        return PolicyDiff(total: messages.count, messages: changed, refusedByBoth: refusedByBoth)
    }

    private func evaluate(_ evaluator: Evaluator, _ message: Message) -> Result<Decision, InputError> {
        do {
            return .success(try evaluator.evaluate(message))
        } catch {
            return .failure(error)
        }
    }
}
